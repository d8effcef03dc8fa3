import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { prerenderSite } from '../../../build/prerender'
import { defaultSiteTexts } from '../../../model/siteTextDefaults'
import { paths } from '../../../model/urls'
import { toReportPage, type Report } from '../../../src/content/report'
import { reportQuery } from '../../../src/content/queries'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { toChartData } from '../../../src/features/charts'
import { statisticCsvFor, yearCsvColumns } from '../../../src/features/data/dataFiles'
import { bundledSource } from '../../support/render-app'
import { defaultSiteUrl } from '../../../src/content/siteUrl'

/*
 * The files the build writes for analysts and machines, from a whole prerender of the bundled
 * dataset: link-preview images, data files, JSON-LD, sitemap.xml and robots.txt.
 */

// The server entry's pages use VITE_SITE_URL as Vite reads it (unset in tests: the default).
const site = defaultSiteUrl
const template = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="UTF-8" />
    <title>Årsberättelse</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

let folder = ''
let outDir = ''
const reports: Report[] = []

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'analyst-files-'))
  outDir = join(folder, 'dist')
  mkdirSync(outDir)
  writeFileSync(join(outDir, 'index.html'), template)
  await prerenderSite({
    outDir,
    serverEntryFile: resolve(process.cwd(), 'src/entry-server.tsx'),
    env: { VITE_SITE_URL: site },
    logger: { info: () => undefined, warn: () => undefined },
  })
  const source = bundledSource()
  const latest = toReportPage(await source.fetch<ReportQueryResult>(reportQuery, { year: null }))
  for (const year of latest.years) {
    const page = toReportPage(await source.fetch<ReportQueryResult>(reportQuery, { year }))
    if (page.report) reports.push(page.report)
  }
}, 240_000)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const file = (path: string) => join(outDir, ...path.split('/').filter(Boolean))
const pageHtml = (path: string) => readFileSync(join(file(path), 'index.html'), 'utf8')
const statistics = () =>
  reports.flatMap((report) =>
    report.areas.flatMap((area) => area.statistics.map((statistic) => ({ report, area, statistic }))),
  )
const attribute = (html: string, selector: RegExp) => selector.exec(html)?.[1] ?? null
const meta = (html: string, key: string) =>
  attribute(html, new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`))

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Every index.html under the build, as its path. */
function prerenderedPaths(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name === 'index.html') {
        const path = `/${relative(outDir, dir).split('\\').join('/')}`
        found.push(path === '/' ? '/' : path.replace(/\/$/, ''))
      }
    }
  }
  walk(outDir)
  return found
}

describe('link previews', () => {
  test('every statistic page has og:image: its 1200×630 PNG, with alt text, size and a large card', () => {
    expect(statistics().length).toBeGreaterThan(20)
    for (const { report, area, statistic } of statistics()) {
      const html = pageHtml(paths.statistic(report.year, area.slug, statistic.slug))
      const image = meta(html, 'og:image')
      expect(image).toBe(site + paths.statisticImage(report.year, area.slug, statistic.slug))
      expect(pngSize(readFileSync(file(image!.slice(site.length))))).toEqual({ width: 1200, height: 630 })
      expect(meta(html, 'og:image:width')).toBe('1200')
      expect(meta(html, 'og:image:height')).toBe('630')
      expect(meta(html, 'og:image:alt')).toContain(statistic.title.replace(/&/g, '&amp;'))
      expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    }
  })

  test('an area’s page shows its foreground statistic’s chart', () => {
    for (const report of reports) {
      for (const area of report.areas) {
        const first = area.statistics[0]
        if (!first) continue
        expect(meta(pageHtml(paths.area(report.year, area.slug)), 'og:image')).toBe(
          site + paths.statisticImage(report.year, area.slug, first.slug),
        )
      }
    }
  })
})

describe('data files', () => {
  test('every statistic with numbers has its CSV at its address: the download’s bytes', () => {
    let count = 0
    for (const { report, area, statistic } of statistics()) {
      const data = toChartData(statistic.chart, statistic.title)
      const path = file(paths.statisticCsv(report.year, area.slug, statistic.slug))
      if (!data) {
        expect(existsSync(path)).toBe(false)
        continue
      }
      // What downloadStatisticCsv makes on the published site (its address line is the canonical URL).
      const download = statisticCsvFor(
        statistic,
        data,
        site + paths.statistic(report.year, area.slug, statistic.slug),
        defaultSiteTexts.tableCategory,
      )
      expect(readFileSync(path)).toEqual(Buffer.from(download!, 'utf8'))
      count += 1
    }
    expect(count).toBeGreaterThan(5)
  })

  test('the year’s tidy CSV parses and holds every value of every statistic', () => {
    for (const report of reports) {
      const text = readFileSync(file(paths.yearCsv(report.year)), 'utf8')
      expect(text.charCodeAt(0)).not.toBe(0xfeff)
      const rows = parseCsv(text)
      expect(rows[0]).toEqual([...yearCsvColumns])
      const records = rows.slice(1).map((row) => Object.fromEntries(yearCsvColumns.map((c, i) => [c, row[i]])))
      expect(records.every((record) => Object.keys(record).length === yearCsvColumns.length)).toBe(true)
      let expected = 0
      for (const area of report.areas) {
        for (const statistic of area.statistics) {
          const data = toChartData(statistic.chart, statistic.title)
          if (!data) continue
          data.categories.forEach((category, row) => {
            for (const series of data.series) {
              expected += 1
              const value = series.values[row]
              const match = records.filter(
                (r) =>
                  r.area === area.slug &&
                  r.statistic === statistic.slug &&
                  r.category === category &&
                  r.series === series.name,
              )
              expect(match).toHaveLength(1)
              expect(match[0]!.value === '' ? null : Number(match[0]!.value)).toBe(value ?? null)
              expect(match[0]!.year).toBe(String(report.year))
              expect(match[0]!.url).toBe(site + paths.statistic(report.year, area.slug, statistic.slug))
            }
          })
        }
      }
      expect(records).toHaveLength(expected)
    }
  })

  test('every page of a year links to the year’s file', () => {
    for (const path of prerenderedPaths()) {
      const year = /^\/(\d{4})(\/|$)/.exec(path)?.[1]
      if (!year) continue
      expect(pageHtml(path)).toContain(
        `<link rel="alternate" type="text/csv" href="${site}/${year}/statistik-${year}.csv" />`,
      )
    }
  })
})

describe('structured data', () => {
  test('each statistic page carries a schema.org Dataset with the fields search engines read', () => {
    for (const { report, area, statistic } of statistics()) {
      const html = pageHtml(paths.statistic(report.year, area.slug, statistic.slug))
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      expect(blocks).toHaveLength(1)
      const dataset = JSON.parse(blocks[0]![1]!) as DatasetJson
      expect(dataset['@context']).toBe('https://schema.org')
      expect(dataset['@type']).toBe('Dataset')
      expect(dataset.name).toBe(statistic.title)
      expect(typeof dataset.description).toBe('string')
      expect(dataset.description.length).toBeGreaterThan(10)
      expect(dataset.temporalCoverage).toMatch(/^\d{4}(\/\d{4})?$/)
      expect(dataset.spatialCoverage).toEqual({ '@type': 'Place', name: 'Region Kronoberg' })
      expect(dataset.creator).toEqual({ '@type': 'Organization', name: 'Region Kronoberg' })
      expect(dataset.license.text).toMatch(/^Upphovsrätten till texterna tillhör Region Kronoberg/)
      const hasNumbers = toChartData(statistic.chart, statistic.title) !== null
      if (hasNumbers) {
        expect(dataset.distribution).toEqual([
          {
            '@type': 'DataDownload',
            encodingFormat: 'text/csv',
            contentUrl: site + paths.statisticCsv(report.year, area.slug, statistic.slug),
          },
        ])
      } else expect(dataset.distribution).toBeUndefined()
      expect(meta(html, 'citation_title')).toBe(statistic.title.replace(/&/g, '&amp;'))
      expect(meta(html, 'citation_publication_date')).toBe(String(report.year))
    }
  })
})

describe('sitemap and robots.txt', () => {
  test('every prerendered page that is its own canonical address, and nothing else, with lastmod', () => {
    const xml = readFileSync(file('/sitemap.xml'), 'utf8')
    const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map(
      (match) => ({ loc: match[1]!, lastmod: match[2] }),
    )
    const expected: string[] = []
    for (const path of prerenderedPaths()) {
      const canonical = attribute(pageHtml(path), /<link rel="canonical" href="([^"]+)"/)
      if (canonical === site + path) expected.push(canonical)
      // A page left out points at one that is in.
      else if (canonical) expect(xml).toContain(`<loc>${canonical}</loc>`)
    }
    expect(entries.map((entry) => entry.loc).sort()).toEqual(expected.sort())
    expect(expected).toContain(`${site}/2018/halso-och-sjukvard/besok-per-patient`)
    expect(expected).not.toContain(`${site}/2018/halso-och-sjukvard/besok-per-patient/embed`)
    for (const entry of entries) expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(readFileSync(file('/robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`)
  })
})

/** RFC 4180, as pandas and R read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += char
  }
  return rows
}

interface DatasetJson {
  '@context': string
  '@type': string
  name: string
  description: string
  temporalCoverage: string
  spatialCoverage: unknown
  creator: unknown
  license: { text: string }
  distribution?: unknown
}
