import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { createContext, use, useContext } from 'react'
import { useContentSource } from './ContentSourceContext'
import { reportQueryOptions, type ReportPage, type ReportYear } from './report'
import { completeReportPage, reportPageCovers } from './reportScope'

/** The year of the report route the component is in ('latest' at /). */
export const ReportYearContext = createContext<ReportYear | null>(null)

/**
 * The area the address names (its slug); null when it names none and the year's first area is
 * shown; undefined when the view may show any area (a link brought a place to find in the year).
 */
export const ReportAreaContext = createContext<string | null | undefined>(undefined)

/**
 * The current year's report page; suspends until it is loaded. A prerendered page brings only
 * its own area in full: a view elsewhere (another area; a year's first page reached with a
 * place to find in it) suspends until the rest of the year is there.
 */
export function useReportPage(): ReportPage {
  const year = useContext(ReportYearContext)
  if (year === null) throw new Error('useReportPage is only available inside a report route.')
  const source = useContentSource()
  const client = useQueryClient()
  const area = useContext(ReportAreaContext)
  const page = useSuspenseQuery(reportQueryOptions(source, year)).data
  const shownArea = area === null ? page.report?.areas[0]?.slug : area
  if (!reportPageCovers(page, shownArea)) return use(completeReportPage(client, source, year))
  return page
}

/** The newest report page, if it can be had; never suspends or throws (for the not-found view). */
export function useLatestReportPage(): ReportPage | undefined {
  return useQuery({ ...reportQueryOptions(useContentSource(), 'latest'), retry: false }).data
}
