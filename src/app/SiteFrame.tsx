import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { SiteTexts } from '../../model/siteTextDefaults'
import type { SiteFooter as SiteFooterContent } from '../content/report'
import { SiteFooter } from '../features/footer'
import { PreviewBanner } from '../features/preview'
import { useStalePage, type StalePageScope } from './navigation/useStalePage'

/**
 * Every page's frame but the embed view's: the skip link, the editors' preview notice, the site
 * header (the region and `title`, linking to `home`, then `tools`), `nav` below the header, the
 * page in <main id="innehall"> and the footer. `staleIn`: the report whose pages the address
 * moves between; while another of them is on its way, this one takes no input (see useStalePage).
 */
export function SiteFrame({
  texts,
  footer,
  year,
  title,
  home,
  tools,
  nav,
  staleIn,
  children,
}: {
  texts: SiteTexts
  footer: SiteFooterContent | null | undefined
  /** The report shown, whose data file the footer links to. */
  year?: number
  title: string
  home: string
  tools?: ReactNode
  nav?: ReactNode
  staleIn?: StalePageScope
  children: ReactNode
}) {
  return (
    <div className="report-shell">
      <a className="skip-link" href="#innehall">
        {texts.skipToContent}
      </a>
      <PreviewBanner texts={texts} />
      <header className="site-header">
        <p className="site-title">
          <Link to={home}>
            <span className="site-region">{texts.regionName}</span> <span>{title}</span>
          </Link>
        </p>
        {tools ? <div className="header-tools">{tools}</div> : null}
      </header>
      {nav}
      {staleIn ? <StaleAwareMain scope={staleIn}>{children}</StaleAwareMain> : <Main stale={false}>{children}</Main>}
      <SiteFooter texts={texts} footer={footer} year={year} />
    </div>
  )
}

function Main({ stale, children }: { stale: boolean; children: ReactNode }) {
  return (
    <main id="innehall" className="report-main" tabIndex={-1} inert={stale} aria-busy={stale || undefined}>
      {children}
    </main>
  )
}

/**
 * <main>, inert while another page is on its way. A component of its own: every press of a
 * slide names a new address at once, and only this leaf re-renders for it (its `children`, the
 * page, stay as they were); the rest of the frame follows when the router shows the address.
 */
function StaleAwareMain({ scope, children }: { scope: StalePageScope; children: ReactNode }) {
  return <Main stale={useStalePage(scope)}>{children}</Main>
}
