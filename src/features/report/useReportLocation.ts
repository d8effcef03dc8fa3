import { useParams } from 'react-router'
import type { Area, Article, Report, Statistic } from '../../content/report'
import { useReportPage } from '../../content/useReportPage'

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
}

export function useReportLocation(): ReportLocation {
  const { area: areaSlug, statistic: statisticSlug, article: articleSlug } = useParams()
  const report = useReportPage().report
  if (!report) throw new Error('useReportLocation is only available once a report has been found.')
  const area = areaSlug === undefined ? (report.areas[0] ?? null) : findBySlug(report.areas, areaSlug)
  const statistics = area?.statistics ?? []
  const statisticIndex =
    statisticSlug === undefined ? (statistics.length > 0 ? 0 : -1) : statistics.findIndex((s) => s.slug === statisticSlug)
  return {
    report,
    area,
    statistic: statistics[statisticIndex] ?? null,
    statisticIndex,
    article: articleSlug === undefined ? null : findBySlug(area?.articles ?? [], articleSlug),
    areaInUrl: areaSlug !== undefined,
  }
}

function findBySlug<T extends { slug: string }>(items: readonly T[], slug: string): T | null {
  return items.find((item) => item.slug === slug) ?? null
}
