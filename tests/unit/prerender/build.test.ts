import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { assertTemplate, pageHtml } from '../../../build/prerenderHtml'
import { pageFileFor, prerenderedPagesMiddleware } from '../../../build/prerenderPreview'
import { fileForPath, notFoundPath, prerenderPages } from '../../../build/prerenderRoutes'
import { answerEachQueryOnce } from '../../../build/prerender'
import { toReportPage, type ReportPage } from '../../../src/content/report'
import { reportQuery } from '../../../src/content/queries'
import type { ReportQueryResult } from '../../../model/sanity.types'
import type { ContentSource } from '../../../src/content/sources/types'
import { bundledSource } from '../../support/render-app'

const source = bundledSource()
const load = async (year: number | null): Promise<ReportPage> =>
  toReportPage(await source.fetch<ReportQueryResult>(reportQuery, { year }))

const latest = await load(null)
const reports = await Promise.all(latest.years.map(async (year) => (await load(year)).report!))

describe('the pages the build writes', () => {
  const { pages, skipped } = prerenderPages(latest, reports)
  const paths = pages.map((page) => page.path)

  test('every page of every published report, each once', () => {
    expect(skipped).toEqual([])
    expect(new Set(paths).size).toBe(paths.length)
    let expected = 1 // "/"
    for (const report of reports) {
      expected += 1 // /{year}
      for (const area of report.areas) {
        expected += 1 + 2 * area.statistics.length + area.articles.length + (area.articles.length > 0 ? 1 : 0)
        expected += area.plainLanguage?.length ? 1 : 0 // its easy-to-read summary
      }
    }
    expect(pages.filter((page) => page.expectedStatus === 200)).toHaveLength(expected)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/2017',
        '/2018',
        '/2019',
        '/2018/halso-och-sjukvard',
        // The foreground statistic at its own address too: a valid link.
        '/2018/halso-och-sjukvard/besok',
        '/2018/halso-och-sjukvard/besok/embed',
        '/2018/halso-och-sjukvard/artiklar',
        '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
      ]),
    )
    // Article lists only where there are articles.
    expect(paths).not.toContain('/2019/ekonomi/artiklar')
  })

  test('each area’s easy-to-read summary, only where it has one', () => {
    const withSummary = reports.flatMap((report) =>
      report.areas.filter((area) => area.plainLanguage?.length).map((area) => `/${report.year}/${area.slug}/lattlast`),
    )
    expect(withSummary).toEqual([
      '/2018/ekonomi/lattlast',
      '/2018/halso-och-sjukvard/lattlast',
      '/2018/kollektivtrafik/lattlast',
      '/2018/regional-utveckling/lattlast',
      '/2018/kultur/lattlast',
    ])
    expect(paths.filter((path) => path.endsWith('/lattlast'))).toEqual(withSummary)
    expect(pages.find((page) => page.path === '/2018/kultur/lattlast')?.file).toBe('2018/kultur/lattlast/index.html')
  })

  test('the accessibility statement at /tillganglighet, when there is one', () => {
    expect(paths).not.toContain('/tillganglighet')
    const withStatement = prerenderPages(latest, reports, { accessibilityStatement: true }).pages
    expect(withStatement.find((page) => page.path === '/tillganglighet')).toEqual({
      path: '/tillganglighet',
      file: 'tillganglighet/index.html',
      expectedStatus: 200,
    })
  })

  test('as folders with index.html, and 404.html for the not-found page', () => {
    const byPath = new Map(pages.map((page) => [page.path, page]))
    expect(byPath.get('/')?.file).toBe('index.html')
    expect(byPath.get('/2018/halso-och-sjukvard/besok')?.file).toBe('2018/halso-och-sjukvard/besok/index.html')
    expect(byPath.get(notFoundPath)).toEqual({ path: notFoundPath, file: '404.html', expectedStatus: 404 })
  })

  test('a slug that cannot be a folder name is left to the browser, never written outside the build', () => {
    const report = reports.find((r) => r.year === 2018)!
    const area = report.areas[0]!
    const hostile = {
      ...report,
      areas: [{ ...area, slug: '..', statistics: [{ ...area.statistics[0]!, slug: '../../etc' }] }],
    }
    const result = prerenderPages(latest, [hostile])
    expect(result.pages.every((page) => !page.file.split('/').includes('..'))).toBe(true)
    expect(result.skipped).toEqual(expect.arrayContaining(['/2018/..', '/2018/../..%2F..%2Fetc']))
    expect(fileForPath('/2018/a%2Fb')).toBeNull()
    expect(fileForPath('/2018/%E0%A4%A')).toBeNull()
    expect(fileForPath('/2018/v%C3%A5rd')).toBe('2018/vård/index.html')
  })

  test('with no report published, / is the not-found view', () => {
    const none = prerenderPages({ ...latest, years: [], report: null }, [])
    expect(none.pages.map((page) => [page.path, page.file, page.expectedStatus])).toEqual([
      [notFoundPath, '404.html', 404],
      ['/', 'index.html', 404],
    ])
  })
})

const template = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Allmän text" />
    <title>Årsberättelse</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

describe('a page from the built index.html', () => {
  const parts = {
    head: '<title>Sida – Årsberättelse</title>\n    <meta name="description" content="Sidans text" />',
    html: "<main><p>Kostar $& och $' och $1</p></main>",
    stateScript: '<script type="application/json" id="report-state">{"path":"/"}</script>',
  }

  test('its own head tags instead of the generic ones, its markup and state in the body', () => {
    const page = pageHtml(template, parts)
    expect(page).toContain('<title>Sida – Årsberättelse</title>')
    expect(page).not.toContain('<title>Årsberättelse</title>')
    expect(page).not.toContain('Allmän text')
    expect(page.match(/name="description"/g)).toHaveLength(1)
    // Replacement patterns in content are content.
    expect(page).toContain('<div id="root"><main><p>Kostar $& och $\' och $1</p></main></div>')
    expect(page.indexOf('id="report-state"')).toBeGreaterThan(page.indexOf('<div id="root">'))
    expect(page).toContain('<script type="module" crossorigin src="/assets/index.js"></script>')
  })

  test('never from a page already written', () => {
    expect(() => assertTemplate(pageHtml(template, parts))).toThrow(/not a fresh `vite build`/)
    expect(() => assertTemplate(template)).not.toThrow()
  })
})

describe('vite preview serves the pages as a static host would', () => {
  const root = mkdtempSync(join(tmpdir(), 'prerender-preview-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  mkdirSync(join(root, '2018', 'halso-och-sjukvard'), { recursive: true })
  writeFileSync(join(root, 'index.html'), 'start')
  writeFileSync(join(root, '404.html'), 'finns inte')
  writeFileSync(join(root, '2018', 'halso-och-sjukvard', 'index.html'), 'vård')

  test('a page address, with or without a trailing slash or a query', () => {
    expect(pageFileFor(root, '/')).toBe('/index.html')
    expect(pageFileFor(root, '/2018/halso-och-sjukvard')).toBe('/2018/halso-och-sjukvard/index.html')
    expect(pageFileFor(root, '/2018/halso-och-sjukvard/')).toBe('/2018/halso-och-sjukvard/index.html')
    expect(pageFileFor(root, '/2018/halso-och-sjukvard?forhandsvisning')).toBe(
      '/2018/halso-och-sjukvard/index.html?forhandsvisning',
    )
  })

  test('any other address gets the not-found page; files and escapes are left alone', () => {
    expect(pageFileFor(root, '/finns/inte')).toBe('/404.html')
    expect(pageFileFor(root, '/2018')).toBe('/404.html')
    expect(pageFileFor(root, '/assets/index.js')).toBeNull()
    expect(pageFileFor(root, '/robots.txt')).toBeNull()
    expect(pageFileFor(root, '/../../etc/passwd')).toBeNull()
    expect(pageFileFor(root, '/%E0%A4%A')).toBeNull()
  })

  test('only for pages: not for requests that want something else', () => {
    const middleware = prerenderedPagesMiddleware(root)
    const request = (url: string, accept?: string, method = 'GET') =>
      ({ url, method, headers: accept === undefined ? {} : { accept } }) as never
    const next = vi.fn()
    const html = request('/2018/halso-och-sjukvard', 'text/html,application/xhtml+xml')
    middleware(html, {} as never, next)
    expect((html as { url: string }).url).toBe('/2018/halso-och-sjukvard/index.html')
    const json = request('/2018/halso-och-sjukvard', 'application/json')
    middleware(json, {} as never, next)
    expect((json as { url: string }).url).toBe('/2018/halso-och-sjukvard')
    const post = request('/2018/halso-och-sjukvard', 'text/html', 'POST')
    middleware(post, {} as never, next)
    expect((post as { url: string }).url).toBe('/2018/halso-och-sjukvard')
    expect(next).toHaveBeenCalledTimes(3)
  })
})

describe('the content source while prerendering', () => {
  test('asks each query once, however many pages need it', async () => {
    const calls: unknown[] = []
    const counting: ContentSource = {
      name: 'bundled',
      fetch: async <Result>(query: string, params: Record<string, unknown>) => {
        calls.push(params)
        return (await source.fetch<Result>(query, params)) as Result
      },
    }
    const once = answerEachQueryOnce(counting)
    await Promise.all([once.fetch(reportQuery, { year: 2018 }), once.fetch(reportQuery, { year: 2018 })])
    await once.fetch(reportQuery, { year: 2018 })
    await once.fetch(reportQuery, { year: 2017 })
    expect(calls).toEqual([{ year: 2018 }, { year: 2017 }])
  })

  test('a failed answer is asked again', async () => {
    let attempts = 0
    const flaky: ContentSource = {
      name: 'sanity',
      fetch: async <Result>() => {
        attempts += 1
        if (attempts === 1) throw new Error('timeout')
        return 'ok' as Result
      },
    }
    const once = answerEachQueryOnce(flaky)
    await expect(once.fetch('q', {})).rejects.toThrow('timeout')
    await expect(once.fetch('q', {})).resolves.toBe('ok')
  })
})
