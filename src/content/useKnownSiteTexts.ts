import { useQueryClient } from '@tanstack/react-query'
import { defaultSiteTexts, type SiteTexts } from '../../model/siteTextDefaults'
import { reportKeys, type ReportPage } from './report'

/**
 * The interface texts when the current report may not be loaded (loading, error, not found):
 * those of any report already fetched, else the defaults.
 */
export function useKnownSiteTexts(): SiteTexts {
  const queryClient = useQueryClient()
  const loaded = queryClient
    .getQueriesData<ReportPage>({ queryKey: reportKeys.all })
    .find(([, page]) => page !== undefined)?.[1]
  return loaded?.siteTexts ?? defaultSiteTexts
}
