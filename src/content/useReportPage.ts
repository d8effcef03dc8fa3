import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { createContext, useContext } from 'react'
import { useContentSource } from './ContentSourceContext'
import { reportQueryOptions, type ReportPage, type ReportYear } from './report'

/** The year of the report route the component is in ('latest' at /). */
export const ReportYearContext = createContext<ReportYear | null>(null)

/** The current year's report page; suspends until it is loaded. */
export function useReportPage(): ReportPage {
  const year = useContext(ReportYearContext)
  if (year === null) throw new Error('useReportPage is only available inside a report route.')
  return useSuspenseQuery(reportQueryOptions(useContentSource(), year)).data
}

/** The newest report page, if it can be had; never suspends or throws (for the not-found view). */
export function useLatestReportPage(): ReportPage | undefined {
  return useQuery({ ...reportQueryOptions(useContentSource(), 'latest'), retry: false }).data
}
