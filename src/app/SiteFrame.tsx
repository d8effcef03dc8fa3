import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { SiteTexts } from '../../model/siteTextDefaults'
import type { SiteFooter as SiteFooterContent } from '../content/report'
import { SiteFooter } from '../features/footer'
import { PreviewBanner } from '../features/preview'

/**
 * Every page's frame but the embed view's: the skip link, the editors' preview notice, the site
 * header (the region and `title`, linking to `home`, then `tools`), `nav` below the header, the
 * page in <main id="innehall"> and the footer. `stale`: another page is on its way, so this one
 * takes no input (see useStalePage).
 */
export function SiteFrame({
  texts,
  footer,
  year,
  title,
  home,
  tools,
  nav,
  stale = false,
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
  stale?: boolean
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
      <main id="innehall" className="report-main" tabIndex={-1} inert={stale} aria-busy={stale || undefined}>
        {children}
      </main>
      <SiteFooter texts={texts} footer={footer} year={year} />
    </div>
  )
}
