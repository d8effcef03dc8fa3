import { queryOptions } from '@tanstack/react-query'
import { statisticAcrossYearsQuery } from '../../content/queries'
import type { Headline, StatisticAcrossYearsQueryResult } from '../../../model/sanity.types'
import type { ContentSource } from '../../content/sources'
import { contentKey } from '../../content/sources/types'
import { compact } from '../../shared/compact'

/** One year's version of a statistic (same `key`), for "compare years". */
export interface YearEntry {
  year: number
  areaSlug: string
  statisticSlug: string
  title: string
  headline: Headline | null
  unit: string | null
  period: string | null
}

export const acrossYearsKeys = {
  all: ['statisticAcrossYears'] as const,
  key: (key: string, perspective?: ContentSource['perspective']) =>
    contentKey(['statisticAcrossYears', key] as const, perspective),
}

/**
 * Every year's version of a statistic, newest first, in one request. Only ever asked when the
 * reader opens the comparison: reading the report costs one request per year, no more.
 */
export function statisticAcrossYearsOptions(source: ContentSource, key: string) {
  return queryOptions({
    queryKey: acrossYearsKeys.key(key, source.perspective),
    queryFn: async () =>
      toYearEntries(await source.fetch<StatisticAcrossYearsQueryResult | null>(statisticAcrossYearsQuery, { key })),
    staleTime: 5 * 60_000,
  })
}

type RawReport = StatisticAcrossYearsQueryResult[number]

/**
 * Made safe like `toReportPage`: one entry per year (the report the year's page shows, which
 * the query orders first), only statistics that can be linked to, in the first area that has it.
 */
export function toYearEntries(raw: StatisticAcrossYearsQueryResult | null | undefined): YearEntry[] {
  const entries: YearEntry[] = []
  const seen = new Set<number>()
  for (const report of compact<RawReport>(raw)) {
    if (!Number.isInteger(report.year) || seen.has(report.year)) continue
    seen.add(report.year)
    for (const area of compact(report.areas)) {
      if (!isSlug(area.slug)) continue
      const statistic = compact(area.statistics).find((s) => isSlug(s.slug) && typeof s.title === 'string')
      if (!statistic) continue
      entries.push({
        year: report.year,
        areaSlug: area.slug,
        statisticSlug: statistic.slug,
        title: statistic.title,
        headline: Array.isArray(statistic.headline) ? statistic.headline : null,
        unit: typeof statistic.unit === 'string' && statistic.unit.trim() ? statistic.unit.trim() : null,
        period: typeof statistic.period === 'string' && statistic.period ? statistic.period : null,
      })
      break
    }
  }
  return entries
}

function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value !== ''
}
