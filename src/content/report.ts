import { queryOptions } from '@tanstack/react-query'
import { defaultSiteTexts, siteTextKeys, type SiteTexts } from '../../model/siteTextDefaults'
import { reportQuery } from './queries'
import type { ReportQueryResult } from '../../model/sanity.types'
import type { ContentSource } from './sources'
import { contentKey } from './sources/types'
import { compact } from '../shared/compact'

type RawReport = NonNullable<ReportQueryResult['report']>
type RawArea = RawReport['areas'][number]

export type Statistic = RawArea['statistics'][number]
export type Article = NonNullable<RawArea['articles']>[number]
export type Area = Omit<RawArea, 'articles'> & { articles: Article[] }
export type Report = Omit<RawReport, 'areas'> & { areas: Area[] }
export type NavigationHelp = NonNullable<ReportQueryResult['navigationHelp']>
export type BrowserNotice = NonNullable<ReportQueryResult['browserNotice']>

/** What the report query answers, made safe to render (see `toReportPage`). */
export interface ReportPage {
  years: number[]
  report: Report | null
  siteTexts: SiteTexts
  navigationHelp: NavigationHelp | null
  browserNotice: BrowserNotice | null
}

/** A year from the URL, or the newest report. */
export type ReportYear = number | 'latest'

export const reportKeys = {
  all: ['report'] as const,
  year: (year: ReportYear, perspective?: ContentSource['perspective']) => contentKey(['report', year] as const, perspective),
}

/**
 * One request answers everything for a year. Shared by route loaders, the prerenderer and the
 * components, so they can never ask for different data.
 */
export function reportQueryOptions(source: ContentSource, year: ReportYear) {
  return queryOptions({
    queryKey: reportKeys.year(year, source.perspective),
    queryFn: async ({ client }) => {
      const raw = await source.fetch<ReportQueryResult | null>(reportQuery, {
        year: year === 'latest' ? null : year,
      })
      const page = toReportPage(raw)
      // The newest report is also that year's report: visiting /{year} next costs no request.
      if (year === 'latest' && page.report) {
        client.setQueryData(reportKeys.year(page.report.year, source.perspective), page)
      }
      return page
    },
    // Published content changes rarely; moving around within a year must not refetch.
    staleTime: 5 * 60_000,
  })
}

/**
 * Content can be malformed however well the Studio validates (an unpublished reference, a
 * document written through the API). Anything that would break a URL or a render is dropped
 * here, so views can trust the shape the generated types describe.
 */
export function toReportPage(raw: ReportQueryResult | null | undefined): ReportPage {
  const years = Array.isArray(raw?.years)
    ? raw.years.filter((y): y is number => Number.isInteger(y))
    : []
  return {
    years,
    report: toReport(raw?.report),
    siteTexts: toSiteTexts(raw?.siteTexts),
    navigationHelp: raw?.navigationHelp?.title ? raw.navigationHelp : null,
    browserNotice: raw?.browserNotice?.title ? raw.browserNotice : null,
  }
}

function toReport(raw: RawReport | null | undefined): Report | null {
  if (!raw || !Number.isInteger(raw.year)) return null
  const areas = compact(raw.areas)
    .filter((area) => hasSlug(area) && typeof area.title === 'string')
    .map((area) => ({
      ...area,
      statistics: compact(area.statistics).filter(hasSlug),
      articles: compact(area.articles).filter(hasSlug),
    }))
    .filter((area) => area.statistics.length > 0 || area.articles.length > 0)
  return { ...raw, title: raw.title || String(raw.year), areas }
}

function toSiteTexts(raw: ReportQueryResult['siteTexts'] | undefined): SiteTexts {
  const texts = { ...defaultSiteTexts }
  if (!raw) return texts
  for (const key of siteTextKeys) {
    const value = (raw as Partial<Record<string, unknown>>)[key]
    if (typeof value === 'string' && value.trim() !== '') texts[key] = value
  }
  return texts
}

function hasSlug<T extends { slug: string | null }>(item: T): item is T & { slug: string } {
  return typeof item.slug === 'string' && item.slug !== ''
}
