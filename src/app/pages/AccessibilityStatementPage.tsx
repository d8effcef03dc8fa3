import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useEffect, type ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary'
import { ErrorView } from '../ErrorView'
import { LoadingView } from '../LoadingView'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useContentSource } from '../../content/ContentSourceContext'
import { reportQueryOptions, type SiteFooter as SiteFooterContent } from '../../content/report'
import { useKnownSiteTexts } from '../../content/useKnownSiteTexts'
import { paths } from '../../../model/urls'
import { SiteFooter } from '../../features/footer'
import { PreviewBanner } from '../../features/preview'
import { AccessibilityStatementView } from '../../features/accessibility-statement'
import { accessibilityStatementQueryOptions } from '../../content/accessibilityStatement'

// The route loader asks for the statement with this page's code (one chunk, loaded on demand).
export { accessibilityStatementQueryOptions }

/**
 * `/tillganglighet`: the accessibility statement, outside the years. It asks for the statement
 * (its own request) and the newest report's page (the interface texts and the footer).
 */
export function AccessibilityStatementPage() {
  const texts = useKnownSiteTexts()
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={({ reset: retry }) => (
            <SiteFrame texts={texts} footer={null}>
              <ErrorView texts={texts} onRetry={retry} />
            </SiteFrame>
          )}
        >
          <Suspense fallback={<LoadingView texts={texts} />}>
            <StatementLoaded />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}

function StatementLoaded() {
  const source = useContentSource()
  // Both are asked for at once by the route loader (loadRoute), so reading them one after the
  // other costs no second wait.
  const page = useSuspenseQuery(reportQueryOptions(source, 'latest')).data
  const statement = useSuspenseQuery(accessibilityStatementQueryOptions(source)).data
  useFocusOnArrival()
  if (!statement) return <NotFoundView page={page} />
  const texts = page.siteTexts
  return (
    <SiteFrame texts={texts} footer={page.siteFooter}>
      <PageMeta place={{ kind: 'accessibilityStatement', statement }} texts={texts} />
      <AccessibilityStatementView statement={statement} />
    </SiteFrame>
  )
}

/** The site's frame without a report's navigation: skip link, header, <main>, footer. */
function SiteFrame({ texts, footer, children }: { texts: SiteTexts; footer: SiteFooterContent | null; children: ReactNode }) {
  return (
    <div className="report-shell">
      <a className="skip-link" href="#innehall">
        {texts.skipToContent}
      </a>
      <PreviewBanner texts={texts} />
      <header className="site-header">
        <p className="site-title">
          <Link to={paths.latest()}>
            <span className="site-region">{texts.regionName}</span> <span>{texts.siteName}</span>
          </Link>
        </p>
      </header>
      <main id="innehall" className="report-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter texts={texts} footer={footer} />
    </div>
  )
}

/**
 * Arriving by a link within the app (the footer's, usually at the bottom of a long page), start
 * at the top with focus on <main>, as on any other new page. A page loaded afresh starts there
 * anyway (react-router's first location has the key "default").
 */
function useFocusOnArrival() {
  const { key } = useLocation()
  useEffect(() => {
    if (key === 'default') return
    window.scrollTo(0, 0)
    document.getElementById('innehall')?.focus({ preventScroll: true })
  }, [key])
}
