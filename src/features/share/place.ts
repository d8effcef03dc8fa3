import { useMemo } from 'react'
import type { Statistic } from '../../content/report'
import { useReportPage } from '../../content/useReportPage'
import { paths } from '../../../model/urls'
import { stegaClean } from '../../shared/stega'

/** Where a statistic lives in the report: enough to build its addresses and name it. */
export interface StatisticPlace {
  year: number
  reportTitle: string
  areaSlug: string
  statisticSlug: string
  title: string
}

/**
 * The place of a statistic in the current year's report, found by its id (so a slide that is
 * leaving the screen still knows its own area), or `null` when the report does not hold it.
 */
export function useStatisticPlace(statistic: Statistic): StatisticPlace | null {
  const { report } = useReportPage()
  return useMemo(() => {
    const area = report?.areas.find((candidate) => candidate.statistics.some((s) => s._id === statistic._id))
    if (!report || !area) return null
    return {
      year: report.year,
      // Shared, embedded and copied as text: without the Studio's stega source maps.
      reportTitle: stegaClean(report.title),
      areaSlug: area.slug,
      statisticSlug: statistic.slug,
      title: stegaClean(statistic.title),
    }
  }, [report, statistic])
}

/**
 * The statistic's canonical address, absolute. Reads the origin when called (on a click), never
 * while rendering, so a server render needs no window.
 */
export function canonicalUrl(place: StatisticPlace, origin: string = window.location.origin): string {
  return origin + paths.statistic(place.year, place.areaSlug, place.statisticSlug)
}

/** The address of the statistic alone, for an iframe. */
export function embedUrl(place: StatisticPlace, origin: string = window.location.origin): string {
  return origin + paths.embed(place.year, place.areaSlug, place.statisticSlug)
}
