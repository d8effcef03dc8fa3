import type { Report, ReportPage } from '../src/content/report'
import { hasPlainLanguage } from '../src/content/plainLanguage.ts'
import { paths } from '../model/urls.ts'

/** A page the build writes: the path it is rendered at and the file that serves it. */
export interface PrerenderPage {
  path: string
  /** Relative to the build folder, "/"-separated: "2018/halso-och-sjukvard/index.html". */
  file: string
  /** 200 for the report's pages, 404 for the not-found page. */
  expectedStatus: 200 | 404
}

/**
 * The path 404.html is rendered at: one no report route matches (a year has four digits), with
 * the newest report's content, whose areas the not-found view offers.
 */
export const notFoundPath = '/404'
export const notFoundFile = '404.html'

/**
 * Every page of every published report, from the content: `/`, then per year `/{year}`, each
 * area, each statistic (the foreground one too: `/{year}/{area}/{statistic}` is a valid link),
 * each statistic's embed view, each area's easy-to-read summary (where it has one), the article
 * list of each area with articles, each article; the accessibility statement; and the not-found
 * page. `latest` is the answer for `/`, `reports` those for each year.
 */
export function prerenderPages(
  latest: ReportPage,
  reports: readonly Report[],
  /** Whether there is an accessibility statement: then its page, `/tillganglighet`, too. */
  { accessibilityStatement = false }: { accessibilityStatement?: boolean } = {},
): { pages: PrerenderPage[]; skipped: string[] } {
  const seen = new Set<string>()
  const pages: PrerenderPage[] = []
  const skipped: string[] = []
  const add = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    const file = fileForPath(path)
    if (file === null) skipped.push(path)
    else pages.push({ path, file, expectedStatus: 200 })
  }
  // `/` shows the newest report when there is one; without any, it is the not-found view.
  if (latest.report) add(paths.latest())
  for (const report of reports) {
    const year = report.year
    add(paths.report(year))
    for (const area of report.areas) {
      add(paths.area(year, area.slug))
      for (const statistic of area.statistics) {
        add(paths.statistic(year, area.slug, statistic.slug))
        add(paths.embed(year, area.slug, statistic.slug))
      }
      if (hasPlainLanguage(area)) add(paths.plainLanguage(year, area.slug))
      if (area.articles.length > 0) add(paths.articles(year, area.slug))
      for (const article of area.articles) add(paths.article(year, area.slug, article.slug))
    }
  }
  if (accessibilityStatement) add(paths.accessibilityStatement())
  pages.push({ path: notFoundPath, file: notFoundFile, expectedStatus: 404 })
  if (!latest.report) pages.push({ path: paths.latest(), file: 'index.html', expectedStatus: 404 })
  return { pages, skipped }
}

/**
 * `dist/{path}/index.html` for a path, so any static host serves it at that address; null for a
 * path whose segments could not be a folder name (slugs come from the CMS: never `..`, never a
 * separator, whatever the content says).
 */
export function fileForPath(path: string): string | null {
  if (!path.startsWith('/')) return null
  const segments = path.split('/').filter((segment) => segment !== '')
  const decoded: string[] = []
  for (const segment of segments) {
    let name: string
    try {
      name = decodeURIComponent(segment)
    } catch {
      return null
    }
    if (name === '.' || name === '..' || /[/\\\0]/.test(name) || name.length > 200) return null
    decoded.push(name)
  }
  return [...decoded, 'index.html'].join('/')
}
