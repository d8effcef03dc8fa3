import { queryOptions } from '@tanstack/react-query'
import { defaultSiteTexts, siteTextKeys, type SiteTexts } from '../../model/siteTextDefaults'
import { isValidSlug } from '../../model/rules'
import { reportQuery } from './queries'
import type { ReportQueryResult } from '../../model/sanity.types'
import type { ContentSource } from './sources'
import { contentKey } from './sources/types'

type RawReport = NonNullable<ReportQueryResult['report']>
type RawArea = RawReport['areas'][number]

export type Statistic = RawArea['statistics'][number]
export type Article = NonNullable<RawArea['articles']>[number]
export type Area = Omit<RawArea, 'articles'> & { articles: Article[] }
export type Report = Omit<RawReport, 'areas'> & { areas: Area[] }
export type NavigationHelp = NonNullable<ReportQueryResult['navigationHelp']>
export type BrowserNotice = NonNullable<ReportQueryResult['browserNotice']>
export type SiteFooter = NonNullable<ReportQueryResult['siteFooter']>

/** What the report query answers, made safe to render (see `toReportPage`). */
export interface ReportPage {
  years: number[]
  report: Report | null
  siteTexts: SiteTexts
  navigationHelp: NavigationHelp | null
  browserNotice: BrowserNotice | null
  /** The footer's contact and licence texts (the footer's links need no content). */
  siteFooter: SiteFooter | null
  /**
   * Only in a prerendered page's state: the one area it holds in full (null: none); the other
   * areas carry what the menus show. Absent: the whole report (see reportScope.ts).
   */
  onlyArea?: string | null
}

/** A year from the URL, or the newest report. */
export type ReportYear = number | 'latest'

export const reportKeys = {
  all: ['report'] as const,
  year: (year: ReportYear, perspective?: ContentSource['perspective']) =>
    contentKey(['report', year] as const, perspective),
}

/**
 * One request answers everything for a year. Shared by route loaders, the prerenderer and the
 * components, so they can never ask for different data.
 */
export function reportQueryOptions(source: ContentSource, year: ReportYear) {
  return queryOptions({
    queryKey: reportKeys.year(year, source.perspective),
    queryFn: async ({ client }) => {
      const ask = async (y: number | null) =>
        toReportPage(await source.fetch<ReportQueryResult | null>(reportQuery, { year: y }))
      let page = await ask(year === 'latest' ? null : year)
      // The newest report may have nothing to show yet (an empty report, all its areas left
      // out): then `/` shows the newest one that has.
      if (year === 'latest' && !page.report) {
        for (const older of page.years) {
          const candidate = await ask(older)
          if (candidate.report) {
            page = candidate
            break
          }
        }
      }
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

/** A document the app leaves out, and why: the build prints these as its content report. */
export interface LeftOut {
  /** The document's `_id`; null for a reference that resolves to no published document. */
  id: string | null
  type: 'report' | 'area' | 'statistic' | 'article'
  title: string | null
  /** Why (the build words it; see `build/prerender.ts`). */
  reason: 'unpublished' | 'bad-slug' | 'slug-taken' | 'no-title' | 'nothing-to-show' | 'no-year'
  /** The report year, the slug in question, the document that has the slug. */
  year?: number
  slug?: unknown
  takenBy?: string
}

/** What the report query answers, made safe to render, with what was left out on the way. */
export interface ReviewedReportPage {
  page: ReportPage
  leftOut: LeftOut[]
}

/**
 * Content can be malformed however well the Studio validates (an unpublished reference, a
 * document written through the API or an import). Anything that would break a URL or a render
 * is dropped here, so views can trust the shape the generated types describe.
 */
export function toReportPage(raw: ReportQueryResult | null | undefined): ReportPage {
  return reviewReportPage(raw).page
}

/**
 * `toReportPage` with its reasons: the one place that decides what is shown. The app shows
 * `page`; the build prerenders the same `page` and reports `leftOut`, so the two never disagree.
 */
export function reviewReportPage(raw: ReportQueryResult | null | undefined): ReviewedReportPage {
  const years = Array.isArray(raw?.years) ? raw.years.filter((y): y is number => Number.isInteger(y)) : []
  const leftOut: LeftOut[] = []
  return {
    page: {
      years,
      report: toReport(raw?.report, leftOut),
      siteTexts: toSiteTexts(raw?.siteTexts),
      navigationHelp: raw?.navigationHelp?.title ? raw.navigationHelp : null,
      browserNotice: raw?.browserNotice?.title ? raw.browserNotice : null,
      siteFooter: raw?.siteFooter && typeof raw.siteFooter === 'object' ? raw.siteFooter : null,
    },
    leftOut,
  }
}

type Titled = { _id?: unknown; title?: unknown; slug?: unknown }

function leftOutItem(
  type: LeftOut['type'],
  item: Titled,
  reason: LeftOut['reason'],
  more: Partial<LeftOut> = {},
): LeftOut {
  return {
    id: typeof item._id === 'string' ? item._id : null,
    type,
    title: typeof item.title === 'string' && item.title.trim() !== '' ? item.title : null,
    reason,
    ...more,
  }
}

/**
 * Keeps the entries that can have an address: a valid slug, not taken by an entry before it
 * (the first in the editors' order wins). Everything else goes to `leftOut`.
 */
function addressable<T extends Titled>(
  items: readonly (T | null | undefined)[] | null | undefined,
  type: LeftOut['type'],
  year: number,
  leftOut: LeftOut[],
): (T & { slug: string })[] {
  const kept: (T & { slug: string })[] = []
  const taken = new Map<string, T>()
  for (const item of Array.isArray(items) ? items : []) {
    if (item == null || typeof item !== 'object') {
      leftOut.push({ id: null, type, title: null, reason: 'unpublished', year })
    } else if (!isValidSlug(item.slug)) {
      leftOut.push(leftOutItem(type, item, 'bad-slug', { year, slug: item.slug ?? null }))
    } else if (taken.has(item.slug)) {
      leftOut.push(
        leftOutItem(type, item, 'slug-taken', { year, slug: item.slug, takenBy: String(taken.get(item.slug)!._id) }),
      )
    } else {
      taken.set(item.slug, item)
      kept.push(item as T & { slug: string })
    }
  }
  return kept
}

function toReport(raw: RawReport | null | undefined, leftOut: LeftOut[]): Report | null {
  if (!raw) return null
  const year = raw.year
  if (!Number.isInteger(year)) {
    leftOut.push(leftOutItem('report', raw, 'no-year'))
    return null
  }
  const areas: Area[] = []
  for (const area of addressable(raw.areas, 'area', year, leftOut)) {
    const statistics = addressable(area.statistics, 'statistic', year, leftOut)
    const articles = addressable(area.articles, 'article', year, leftOut)
    if (typeof area.title !== 'string' || area.title.trim() === '')
      leftOut.push(leftOutItem('area', area, 'no-title', { year }))
    else if (statistics.length === 0 && articles.length === 0)
      leftOut.push(leftOutItem('area', area, 'nothing-to-show', { year }))
    else areas.push({ ...area, statistics, articles })
  }
  if (areas.length === 0) {
    leftOut.push(leftOutItem('report', raw, 'nothing-to-show', { year }))
    return null
  }
  return { ...raw, title: raw.title || String(year), areas }
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
