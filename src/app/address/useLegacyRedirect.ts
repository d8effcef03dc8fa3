import { useQuery } from '@tanstack/react-query'
import { useLocation } from 'react-router'
import { useContentSource } from '../../content/ContentSourceContext'
import { fetchWholeReportPage } from '../../content/reportScope'
import { legacyRequest, legacyTarget, legacyYears } from './legacyAddress'

export type LegacyRedirect = { state: 'none' } | { state: 'looking' } | { state: 'found'; to: string }

/**
 * For an address of the previous report site: where it leads now, looked up in the same
 * report content the pages show (each year one request, shared with the pages). `none` for
 * any other address, and for an old address no page replaced.
 */
export function useLegacyRedirect(): LegacyRedirect {
  const { pathname, search } = useLocation()
  const source = useContentSource()
  const request = legacyRequest({ pathname, search })
  const query = useQuery({
    queryKey: ['legacyAddress', pathname, search, source.perspective ?? 'published'],
    enabled: request !== null,
    retry: false,
    staleTime: Infinity,
    queryFn: async ({ client }) => {
      if (!request) return null
      const latest = await fetchWholeReportPage(client, source, 'latest')
      for (const year of legacyYears(request, latest.years)) {
        const { report } = await fetchWholeReportPage(client, source, year)
        const to = report ? legacyTarget(request, report) : null
        if (to) return to
      }
      return null
    },
  })
  if (request === null || query.isError) return { state: 'none' }
  if (query.isPending) return { state: 'looking' }
  return query.data ? { state: 'found', to: query.data } : { state: 'none' }
}
