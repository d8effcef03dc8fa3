import { useLocation, useParams } from 'react-router'
import type { Area, Article, Report, Statistic } from '../../content/report'
import { useReportPage } from '../../content/useReportPage'
import { EMBED_SEGMENT, paths } from '../../../model/urls'

/** Where the URL puts the reader within the loaded report. `null` parts mean "not found". */
export interface ReportLocation {
  report: Report
  area: Area | null
  /** The statistic the URL names, or the area's foreground statistic when it names none. */
  statistic: Statistic | null
  statisticIndex: number
  article: Article | null
  /** Whether the URL names the area (false at `/` and `/{year}`, which show the first area). */
  areaInUrl: boolean
  /**
   * Where to go instead when the URL names a statistic by a slug it had before it was renamed
   * (its `formerSlugs`, within the same area): the same view at its address now. Else `null`.
   */
  redirectTo: string | null
}

export function useReportLocation(): ReportLocation {
  const { area: areaSlug, statistic: statisticSlug, article: articleSlug } = useParams()
  const { pathname, search, hash } = useLocation()
  const report = useReportPage().report
  if (!report) throw new Error('useReportLocation is only available once a report has been found.')
  const area = areaSlug === undefined ? (report.areas[0] ?? null) : findBySlug(report.areas, areaSlug)
  const statistics = area?.statistics ?? []
  const statisticIndex =
    statisticSlug === undefined
      ? statistics.length > 0
        ? 0
        : -1
      : statistics.findIndex((s) => s.slug === statisticSlug)
  const renamed =
    statisticSlug !== undefined && statisticIndex === -1 && area ? findByFormerSlug(statistics, statisticSlug) : null
  const embedded = pathname.replace(/\/+$/, '').endsWith(`/${EMBED_SEGMENT}`)
  const redirectTo =
    renamed && area
      ? (embedded ? paths.embed : paths.statistic)(report.year, area.slug, renamed.slug) + search + hash
      : null
  return {
    report,
    area,
    statistic: statistics[statisticIndex] ?? null,
    statisticIndex,
    article: articleSlug === undefined ? null : findBySlug(area?.articles ?? [], articleSlug),
    areaInUrl: areaSlug !== undefined,
    redirectTo,
  }
}

/** The statistic that used to have this slug; a slug in use now always wins (checked first). */
function findByFormerSlug(statistics: readonly Statistic[], slug: string): Statistic | null {
  return (
    statistics.find((statistic) => Array.isArray(statistic.formerSlugs) && statistic.formerSlugs.includes(slug)) ?? null
  )
}

function findBySlug<T extends { slug: string }>(items: readonly T[], slug: string): T | null {
  return items.find((item) => item.slug === slug) ?? null
}
