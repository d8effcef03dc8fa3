import type { Report, ReportPage } from '../src/content/report.ts'
import type { ContentSource } from '../src/content/sources/types.ts'
import { hasPlainLanguage } from '../src/content/plainLanguage.ts'
import { paths } from '../model/urls.ts'
import { escapeHtml } from '../src/shared/html.ts'

/**
 * `sitemap.xml` and `robots.txt` (README, "Sitemap"). The sitemap lists every prerendered page
 * that is its own canonical address (the embed views and the foreground statistic's second
 * address point elsewhere, and a sitemap names canonical addresses only), each with `lastmod`:
 * the newest `_updatedAt` of the documents the page shows.
 */

/** When each document was last changed, asked once at build time (never by the app). */
export const contentDatesQuery = /* groq */ `*[_type in ["report", "area", "statistic", "article", "siteTexts", "siteFooter", "accessibilityStatement"]]{_id, _updatedAt}`

export async function fetchContentDates(source: ContentSource): Promise<Map<string, string>> {
  const rows = await source.fetch<{ _id?: unknown; _updatedAt?: unknown }[] | null>(contentDatesQuery, {})
  const dates = new Map<string, string>()
  for (const row of rows ?? []) {
    if (typeof row?._id === 'string' && typeof row._updatedAt === 'string') dates.set(row._id, row._updatedAt)
  }
  return dates
}

/** The documents each page shows, by path (the same walk as prerenderPages). */
export function pageDocuments(latest: ReportPage, reports: readonly Report[]): Map<string, string[]> {
  const pages = new Map<string, string[]>()
  const everyPage = ['siteTexts', 'siteFooter']
  const add = (path: string, ids: readonly (string | undefined)[]) =>
    pages.set(path, [...everyPage, ...ids.filter((id): id is string => typeof id === 'string')])
  for (const report of reports) {
    const year = report.year
    const all = [
      report._id,
      ...report.areas.flatMap((area) => [
        area._id,
        ...area.statistics.map((s) => s._id),
        ...area.articles.map((a) => a._id),
      ]),
    ]
    add(paths.report(year), all)
    if (latest.report?.year === year) add(paths.latest(), all)
    for (const area of report.areas) {
      const statistics = area.statistics.map((s) => s._id)
      add(paths.area(year, area.slug), [report._id, area._id, ...statistics])
      for (const statistic of area.statistics) {
        add(paths.statistic(year, area.slug, statistic.slug), [report._id, area._id, statistic._id])
      }
      if (hasPlainLanguage(area)) add(paths.plainLanguage(year, area.slug), [report._id, area._id])
      if (area.articles.length > 0)
        add(paths.articles(year, area.slug), [report._id, area._id, ...area.articles.map((a) => a._id)])
      for (const article of area.articles)
        add(paths.article(year, area.slug, article.slug), [report._id, area._id, article._id])
    }
  }
  pages.set(paths.accessibilityStatement(), ['siteTexts', 'siteFooter', 'accessibilityStatement'])
  return pages
}

/** The newest of the documents' dates, as W3C datetime (YYYY-MM-DD), or null when none is known. */
export function lastModified(ids: readonly string[], dates: ReadonlyMap<string, string>): string | null {
  let newest: number | null = null
  for (const id of ids) {
    const time = Date.parse(dates.get(id) ?? '')
    if (Number.isFinite(time) && (newest === null || time > newest)) newest = time
  }
  return newest === null ? null : new Date(newest).toISOString().slice(0, 10)
}

export interface SitemapEntry {
  /** Absolute. */
  url: string
  lastmod: string | null
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    ({ url, lastmod }) =>
      `  <url>\n    <loc>${escapeHtml(url)}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ''}  </url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** robots.txt: everything may be crawled; the sitemap's absolute address. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`
}
