import { normalizeLegacyArticlePath } from '../../../model/legacyRules'
import type { Report } from '../../content/report'
import { parseYear, paths } from '../../../model/urls'

/**
 * Addresses of the region's previous annual report site, still printed in press releases and
 * PDFs: a report page `/arsberattelser/{year}/?omrade={code}` (no code: the economy home screen,
 * now the report's first area) and an article `/{YYYY}/{MM}/{DD}/{slug}/?ar={year}&omrade={code}`.
 * Editors give an area its old code (`legacyCode`) and an article its old path (`legacyPath`).
 */
export type LegacyRequest =
  { kind: 'report'; year: number; code: string | null } | { kind: 'article'; path: string; year: number | null }

const reportPath = /^\/arsberattelser\/(\d{4})(?:\/(?:index\.(?:html?|php))?)?\/?$/i

/** What an address of the previous site asks for, or null when it is none. */
export function legacyRequest({ pathname, search }: { pathname: string; search: string }): LegacyRequest | null {
  const params = new URLSearchParams(search)
  const report = reportPath.exec(pathname)
  if (report) {
    const code = params.get('omrade')?.trim().toLowerCase()
    return { kind: 'report', year: Number(report[1]), code: code ? code : null }
  }
  let decoded = pathname
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  const path = normalizeLegacyArticlePath(decoded)
  if (path === null) return null
  return { kind: 'article', path, year: parseYear(params.get('ar')?.trim()) }
}

/**
 * The years to look in, most likely first: the one the address names, then the rest (an old
 * article's report is the year before its date, as the reports came out in spring).
 */
export function legacyYears(request: LegacyRequest, years: readonly number[]): number[] {
  const dated = request.kind === 'article' ? Number(request.path.slice(1, 5)) - 1 : null
  const order = [request.year, dated, ...years].filter((year): year is number => year !== null && years.includes(year))
  return request.kind === 'report' ? order.slice(0, 1) : [...new Set(order)]
}

/** Where an old address leads in `report`, or null when this report has no page for it. */
export function legacyTarget(request: LegacyRequest, report: Report): string | null {
  if (request.kind === 'report') {
    if (report.year !== request.year) return null
    const area = request.code === null ? null : report.areas.find((a) => a.legacyCode?.toLowerCase() === request.code)
    // An unknown code still names the year: its report is the nearest page there is.
    return area ? paths.area(report.year, area.slug) : paths.report(report.year)
  }
  for (const area of report.areas) {
    const article = area.articles.find((a) => normalizeLegacyArticlePath(a.legacyPath) === request.path)
    if (article) return paths.article(report.year, area.slug, article.slug)
  }
  return null
}
