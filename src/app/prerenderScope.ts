import type { QueryClient } from '@tanstack/react-query'
import { reportKeys, type ReportPage } from '../content/report'
import { reportPageForArea } from '../content/reportScope'
import { routeMatches } from './routes'

/**
 * Before a page is prerendered: keeps, of each report in `queryClient`, what the page at
 * `pathname` shows (see src/content/reportScope.ts), so its HTML carries no other area's
 * statistics and articles. The page is then rendered from exactly that, as the browser will
 * take it over.
 */
export function keepWhatThePageShows(queryClient: QueryClient, pathname: string): void {
  const matches = routeMatches(pathname)
  const inReport = matches[0]?.route.path === '/' || matches[0]?.route.path === '/:year'
  const areaSlug = matches.at(-1)?.params.area
  for (const [key, page] of queryClient.getQueriesData<ReportPage>({ queryKey: reportKeys.all })) {
    if (!page) continue
    const area = inReport ? (areaSlug ?? page.report?.areas[0]?.slug ?? null) : null
    queryClient.setQueryData(key, reportPageForArea(page, area))
  }
}
