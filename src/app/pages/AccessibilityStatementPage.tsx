import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useEffect } from 'react'
import { useLocation } from 'react-router'
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary'
import { ErrorView } from '../ErrorView'
import { LoadingView } from '../LoadingView'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useContentSource } from '../../content/ContentSourceContext'
import { reportQueryOptions } from '../../content/report'
import { useKnownSiteTexts } from '../../content/useKnownSiteTexts'
import { paths } from '../../../model/urls'
import { SiteFrame } from '../SiteFrame'
import { AccessibilityStatementView } from '../../features/accessibility-statement'
import { accessibilityStatementQueryOptions } from '../../content/accessibilityStatement'
import { pageHeading } from '../usePageChangeFocus'

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
            <SiteFrame texts={texts} footer={null} title={texts.siteName} home={paths.latest()}>
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
    <SiteFrame texts={texts} footer={page.siteFooter} title={texts.siteName} home={paths.latest()}>
      <PageMeta place={{ kind: 'accessibilityStatement', statement }} texts={texts} />
      <AccessibilityStatementView statement={statement} />
    </SiteFrame>
  )
}

/**
 * Arriving by a link within the app (the footer's, usually at the bottom of a long page), start
 * at the top with focus on its heading, as on any other new page (usePageChangeFocus). A page loaded afresh starts there
 * anyway (react-router's first location has the key "default").
 */
function useFocusOnArrival() {
  const { key } = useLocation()
  useEffect(() => {
    if (key === 'default') return
    window.scrollTo(0, 0)
    pageHeading()?.focus({ preventScroll: true })
  }, [key])
}
