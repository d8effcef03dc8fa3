import { describe, expect, test, vi } from 'vitest'
import { defaultSiteTexts } from '../../../model/siteTextDefaults'
import { citationText } from '../../../src/features/share/citation'
import { embedTheme } from '../../../src/app/embed/embedTheme'
import { EMBED_HEIGHT_MESSAGE } from '../../../src/shared/embedMessage'
import { chartImageSvg } from '../../../src/features/charts/chartSvg'
import { statisticFileName } from '../../../src/features/data/csv'

const place = {
  year: 2018,
  reportTitle: 'Årsberättelse 2018',
  areaSlug: 'halso-och-sjukvard',
  statisticSlug: 'besok',
  title: 'Besök i hälso- och sjukvården',
}

describe('Citera', () => {
  test('publisher, year, title, report, date retrieved (sv-SE) and URL, in the CMS’s form', () => {
    expect(citationText(place, defaultSiteTexts, new Date('2026-11-30T12:00:00Z'), 'https://example.se')).toBe(
      'Region Kronoberg (2018). Besök i hälso- och sjukvården. I Årsberättelse 2018. Hämtad 30 november 2026 från https://example.se/2018/halso-och-sjukvard/besok',
    )
  })

  test('a title holding "{url}" is not replaced again; unknown placeholders stay', () => {
    const texts = { ...defaultSiteTexts, citationTemplate: '{title} – {okänd} – {url}' }
    expect(citationText({ ...place, title: 'A {url}' }, texts, new Date(), 'https://x.se')).toBe(
      'A {url} – {okänd} – https://x.se/2018/halso-och-sjukvard/besok',
    )
  })
})

describe('the embed’s theme', () => {
  test('?tema=mork|auto|ljus; anything else is light', () => {
    expect(embedTheme('?tema=mork')).toBe('mork')
    expect(embedTheme('?tema=auto')).toBe('auto')
    expect(embedTheme('?tema=ljus')).toBe('ljus')
    expect(embedTheme('?tema=rosa')).toBe('ljus')
    expect(embedTheme('')).toBe('ljus')
  })
})

describe('the embed’s height message', () => {
  test('posts { type, height, path } to the parent when the height changes, once per height', async () => {
    let callback: (() => void) | null = null
    const observe = vi.fn()
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          callback = cb
        }
        observe = observe
        disconnect = vi.fn()
      },
    )
    let height = 400
    vi.stubGlobal('window', { location: { pathname: '/2018/a/b/embed' } })
    vi.stubGlobal('document', { documentElement: { getBoundingClientRect: () => ({ height }) } })
    const { postHeightToParent } = await import('../../../src/app/embed/embedHeight')
    const parent = { postMessage: vi.fn() }
    postHeightToParent(parent as unknown as Window)
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: EMBED_HEIGHT_MESSAGE, height: 400, path: '/2018/a/b/embed' },
      '*',
    )
    callback!()
    expect(parent.postMessage).toHaveBeenCalledTimes(1)
    height = 612.4
    callback!()
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      { type: EMBED_HEIGHT_MESSAGE, height: 613, path: '/2018/a/b/embed' },
      '*',
    )
    vi.unstubAllGlobals()
  })
})

describe('the chart image', () => {
  const model = {
    type: 'bar' as const,
    title: 'Resor',
    unit: 'miljoner resor',
    categories: ['2017', '2018'],
    series: [{ name: 'Resor', values: [10.124, 1234.5] }],
  }

  test('an SVG document with the title, unit, period, source, region and sv-SE numbers', () => {
    const svg = chartImageSvg({
      model,
      title: 'Resor i kollektivtrafiken',
      unit: 'miljoner resor',
      period: '2018',
      sourceLine: 'Källa: Länstrafiken',
      publisherLine: 'Region Kronoberg · Årsberättelse 2018',
      width: 1200,
      height: 720,
    })
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="720"/)
    for (const text of [
      'Resor i kollektivtrafiken',
      'miljoner resor · 2018',
      'Källa: Länstrafiken',
      'Region Kronoberg',
    ])
      expect(svg).toContain(text)
    expect(svg).toContain('>10,124<')
    expect(svg).toContain('>1\u00a0234,5<')
  })

  test('CMS text is text: no markup gets in', () => {
    const svg = chartImageSvg({
      model: null,
      title: '<script>alert(1)</script> & "x"',
      headline: '</text><image href="x"/>',
      publisherLine: 'R',
      width: 1200,
      height: 630,
    })
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('<image')
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;')
  })

  test('named like the CSV', () => {
    expect(statisticFileName('Resor i kollektivtrafiken', 2018, 'png')).toBe('resor-i-kollektivtrafiken-2018.png')
    expect(statisticFileName('Resor 2018', 2018, 'svg')).toBe('resor-2018.svg')
  })
})
