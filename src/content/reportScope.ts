import type { QueryClient } from '@tanstack/react-query'
import { reportQueryOptions, type Area, type ReportPage, type ReportYear } from './report'
import type { ContentSource } from './sources'

/*
 * A prerendered page carries only what its route shows: the year's report with one area in
 * full (the area the page is in; none on the statement and not-found pages) and, of the other
 * areas, what the menus show (title, slug, icon). Such a page says so in `onlyArea`. The first
 * view needs nothing more; the rest of the year is asked for when the reader goes where the
 * page does not reach (another area, another year's place), as a page change, by `useReportPage`.
 */

/** The page as a prerendered page carries it for a route in the area `areaSlug` (null: none). */
export function reportPageForArea(page: ReportPage, areaSlug: string | null): ReportPage {
  if (!page.report) return page
  return {
    ...page,
    onlyArea: areaSlug,
    report: {
      ...page.report,
      areas: page.report.areas.map((area) => (area.slug === areaSlug ? area : menuOnly(area))),
    },
  }
}

function menuOnly(area: Area): Area {
  return { ...area, subtitle: null, intro: null, plainLanguage: null, statistics: [], articles: [] }
}

/**
 * Whether `page` holds what a view in the area `areaSlug` needs (`undefined`: the route names
 * no area, and only the page's own first area will do).
 */
export function reportPageCovers(page: ReportPage, areaSlug: string | null | undefined): boolean {
  if (page.onlyArea === undefined) return true
  return areaSlug !== undefined && areaSlug !== null && areaSlug === page.onlyArea
}

const completing = new WeakMap<QueryClient, Map<string, Promise<ReportPage>>>()

/**
 * The whole of a year that the cache holds only part of: asked for once (the same promise for
 * every caller until it is answered, as React's `use` wants), and then in the cache.
 */
export function completeReportPage(client: QueryClient, source: ContentSource, year: ReportYear): Promise<ReportPage> {
  const options = reportQueryOptions(source, year)
  const cached = client.getQueryData(options.queryKey)
  if (cached && cached.onlyArea === undefined) return Promise.resolve(cached)
  let pending = completing.get(client)
  if (!pending) completing.set(client, (pending = new Map()))
  const key = JSON.stringify(options.queryKey)
  let promise = pending.get(key)
  if (!promise) {
    promise = client.fetchQuery({ ...options, staleTime: 0 }).finally(() => pending.delete(key))
    pending.set(key, promise)
  }
  return promise
}

/** A year's whole report page, from the cache or asked for: for code that looks across areas. */
export async function fetchWholeReportPage(
  client: QueryClient,
  source: ContentSource,
  year: ReportYear,
): Promise<ReportPage> {
  const page = await client.fetchQuery(reportQueryOptions(source, year))
  return page.onlyArea === undefined ? page : completeReportPage(client, source, year)
}
