import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense } from 'react'
import { Outlet, useLocation, useParams } from 'react-router'
import type { ReportYear } from '../content/report'
import { ReportAreaContext, ReportYearContext, useReportPage } from '../content/useReportPage'
import { useKnownSiteTexts } from '../content/useKnownSiteTexts'
import { SiteFooter } from '../features/footer'
import { parseYear } from '../../model/urls'
import { ErrorBoundary } from '../shared/ui/ErrorBoundary'
import { ErrorView } from './ErrorView'
import { LoadingView } from './LoadingView'
import { NotFoundView } from './NotFoundView'

/**
 * Everything under `/` and `/{year}`: loads that year's report (one request) and shows a
 * loading state, an error with retry, or the not-found view when there is no such report.
 */
export function ReportRoute() {
  const { year: yearParam, area } = useParams()
  const { state } = useLocation()
  // Without an area in the address the first area is shown, unless a link brought a place to
  // find in the year (router state), which may lie in any area.
  const shownArea = area ?? (state == null ? null : undefined)
  const year: ReportYear | null = yearParam === undefined ? 'latest' : parseYear(yearParam)
  const texts = useKnownSiteTexts()
  if (year === null) return <NotFoundView />
  return (
    <ReportYearContext.Provider value={year}>
      <ReportAreaContext.Provider value={shownArea}>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              onReset={reset}
              fallback={({ reset: retry }) => (
                <>
                  <main className="report-shell">
                    <ErrorView texts={texts} onRetry={retry} />
                  </main>
                  <SiteFooter texts={texts} footer={null} />
                </>
              )}
            >
              <Suspense fallback={<LoadingView texts={texts} />}>
                <ReportFound />
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </ReportAreaContext.Provider>
    </ReportYearContext.Provider>
  )
}

function ReportFound() {
  const page = useReportPage()
  return page.report ? <Outlet /> : <NotFoundView page={page} />
}
