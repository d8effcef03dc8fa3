import type { Report } from '../../content/report'
import { paths } from '../../../model/urls'

/**
 * What a link may tell the next page beyond its URL (router state; never part of the address,
 * so deep links stay canonical):
 * - `from`: the slide the reader left for the articles, so "« Tillbaka" returns to exactly it;
 * - `switchYear`: where the reader was when choosing another year.
 */
export interface ReaderState {
  from?: string
  switchYear?: { areaSlug?: string; statisticKey?: string | null }
}

export function readReaderState(state: unknown): ReaderState {
  if (!state || typeof state !== 'object') return {}
  const { from, switchYear } = state as Record<string, unknown>
  const result: ReaderState = {}
  // Only a path inside this app: never an address someone could smuggle in.
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) result.from = from
  if (switchYear && typeof switchYear === 'object') {
    const { areaSlug, statisticKey } = switchYear as Record<string, unknown>
    result.switchYear = {
      ...(typeof areaSlug === 'string' ? { areaSlug } : {}),
      ...(typeof statisticKey === 'string' ? { statisticKey } : {}),
    }
  }
  return result
}

/**
 * Where a reader who switched to `report`'s year belongs: the same statistic (by its stable
 * key) if this year has it, even in another area; else the same area; else the first area.
 */
export function placeInYear(report: Report, from: NonNullable<ReaderState['switchYear']>): string {
  const byKey = (areaStatistics: Report['areas'][number]) =>
    from.statisticKey ? areaStatistics.statistics.findIndex((s) => s.key === from.statisticKey) : -1
  const sameArea = report.areas.find((area) => area.slug === from.areaSlug)
  const candidates = sameArea ? [sameArea, ...report.areas.filter((a) => a !== sameArea)] : report.areas
  for (const area of candidates) {
    const index = byKey(area)
    if (index > 0) return paths.statistic(report.year, area.slug, area.statistics[index]!.slug)
    if (index === 0) return paths.area(report.year, area.slug)
  }
  const area = sameArea ?? report.areas[0]
  return area ? paths.area(report.year, area.slug) : paths.report(report.year)
}
