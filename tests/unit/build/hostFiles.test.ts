import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import {
  contentOrigins,
  contentSecurityPolicy,
  headersFile,
  inlineScripts,
  legacyRedirectRules,
  redirectsFile,
  studioOrigins,
} from '../../../build/hostFiles'
import { deferAppStart } from '../../../build/deferredStart'
import { browserNoticeMarkup, fallbackBrowserNotice } from '../../../build/browserNotice'
import { toReportPage, type Report } from '../../../src/content/report'
import { reportQuery } from '../../../src/content/queries'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { bundledSource } from '../../support/render-app'

const page =
  deferAppStart(`<!doctype html><html><head><script type="module" crossorigin src="/assets/index.js"></script></head>
<body>${browserNoticeMarkup(fallbackBrowserNotice)}<div id="root"></div>
<script type="application/json" id="report-state">{"path":"/"}</script></body></html>`)

describe('the Content-Security-Policy', () => {
  const scripts = inlineScripts(page)
  const policy = contentSecurityPolicy({ scripts, connect: [] })

  test('allows each inline script by its hash, and nothing else inline', () => {
    expect(scripts).toHaveLength(2) // the start script and the old browsers' notice script
    for (const script of scripts) {
      expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`)
    }
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'))!
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(scriptSrc).not.toContain('unsafe-eval')
  })

  test('connects to Sanity only when the app reads it', () => {
    expect(contentOrigins({ kind: 'bundled' })).toEqual([])
    expect(
      contentOrigins({
        kind: 'sanity',
        projectId: 'abc123',
        dataset: 'production',
        apiVersion: '2025-02-19',
        perspective: 'published',
      }),
    ).toEqual(['https://abc123.apicdn.sanity.io', 'https://abc123.api.sanity.io'])
    expect(contentSecurityPolicy({ scripts, connect: ['https://abc123.apicdn.sanity.io'] })).toContain(
      "connect-src 'self' https://abc123.apicdn.sanity.io;",
    )
  })

  test('_headers: embeds may be framed anywhere, every other page only by the site', () => {
    const file = headersFile(policy, [
      '/',
      '/2018',
      '/2018/halso-och-sjukvard/besok',
      '/2018/halso-och-sjukvard/besok/embed',
    ])
    const rules = new Map<string, string[]>()
    let current = ''
    for (const line of file.split('\n')) {
      if (line.startsWith('/')) rules.set((current = line), [])
      else if (line.startsWith('  ')) rules.get(current)!.push(line.trim())
    }
    expect(rules.get('/*')).toEqual([
      `Content-Security-Policy: ${policy}`,
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ])
    expect(rules.get('/2018/halso-och-sjukvard/besok/')).toEqual(["Content-Security-Policy: frame-ancestors 'self'"])
    expect(rules.get('/2018/halso-och-sjukvard/besok/embed')).toEqual(['Content-Security-Policy: frame-ancestors *'])
    // No wildcard rule frames-in the embeds with 'self' (hosts add up every matching rule).
    expect([...rules.keys()].filter((path) => path.includes('*'))).toEqual(['/*'])
    expect(policy).not.toContain('frame-ancestors')
  })

  test('_headers: the Studio (VITE_SANITY_STUDIO_URL) may frame every page, for its Presentation tool', () => {
    const origins = studioOrigins('https://region.sanity.studio/desk')
    expect(origins).toEqual(['https://region.sanity.studio'])
    const file = headersFile(policy, ['/2018', '/2018/kultur/besok/embed'], origins)
    expect(file).toContain("/2018/\n  Content-Security-Policy: frame-ancestors 'self' https://region.sanity.studio\n")
    expect(file).toContain('/2018/kultur/besok/embed\n  Content-Security-Policy: frame-ancestors *\n')
    expect(studioOrigins(undefined)).toEqual([])
    expect(studioOrigins('')).toEqual([])
    expect(() => studioOrigins('javascript:alert(1)')).toThrow(/VITE_SANITY_STUDIO_URL/)
    expect(() => studioOrigins('studio')).toThrow(/VITE_SANITY_STUDIO_URL/)
  })
})

describe('_redirects for the previous site’s addresses', async () => {
  const source = bundledSource()
  const years = [2017, 2018, 2019]
  const reports = (await Promise.all(
    years.map(async (year) => toReportPage(await source.fetch<ReportQueryResult>(reportQuery, { year })).report),
  )) as Report[]
  const file = redirectsFile(legacyRedirectRules(reports))

  test('report pages as Netlify query conditions, articles by path', () => {
    expect(file).toContain('/arsberattelser/2018/ omrade=sjukvard /2018/halso-och-sjukvard 301\n')
    expect(file).toContain('/arsberattelser/2017/ omrade=reg_utv /2017/regional-utveckling 301\n')
    expect(file).toContain(
      '/2019/02/28/utvecklingsstrategin-narmare-kronobergaren/ /2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren 301\n',
    )
    // Never a rule for the report page without its query: Cloudflare would apply it to every ?omrade=.
    expect(file).not.toMatch(/^\/arsberattelser\/\d{4}\/? \/\d{4}/m)
  })

  test('a code given twice in a report: the first area wins, as in the app', () => {
    const report = reports[1]!
    const twice = { ...report, areas: report.areas.map((area) => ({ ...area, legacyCode: 'sjukvard' })) }
    const rules = legacyRedirectRules([twice]).filter((rule) => rule.query === 'omrade=sjukvard')
    expect(rules.map((rule) => rule.to)).toEqual(['/2018/ekonomi', '/2018/ekonomi'])
  })
})
