import { describe, expect, test } from 'vitest'
import { defaultSiteTexts } from '../../../model/siteTextDefaults'
import { descriptionMaxLength, headHtml, headTags, pageMeta, truncate, type PagePlace } from '../../../src/app/pageMeta'
import { readSiteUrl } from '../../../src/content/siteUrl'
import { headlineText } from '../../../model/headline'
import { toReportPage, type Report } from '../../../src/content/report'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { bundledSource } from '../../support/render-app'
import { reportQuery } from '../../../src/content/queries'

const nbsp = '\u00a0'
const site = 'https://arsberattelse.example.se'
const texts = defaultSiteTexts

async function report(year: number): Promise<Report> {
  const raw = await bundledSource().fetch<ReportQueryResult>(reportQuery, { year })
  return toReportPage(raw).report!
}

const r2018 = await report(2018)
const healthcare = r2018.areas.find((area) => area.slug === 'halso-och-sjukvard')!
const article = healthcare.articles.find((a) => a.slug === 'utvecklingsstrategin-narmare-kronobergaren')!

const meta = (place: PagePlace) => pageMeta(place, texts, site)

describe('the public-sector pages', () => {
  test('an area’s easy-to-read summary: its own title, address and description', () => {
    const page = meta({ kind: 'plainLanguage', report: r2018, area: healthcare })
    expect(page.title).toBe('Lättläst: Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse')
    expect(page.canonicalUrl).toBe(`${site}/2018/halso-och-sjukvard/lattlast`)
    expect(page.description).toMatch(/^Region Kronoberg har hand om hälso- och sjukvården i Kronoberg\./)
    expect(page.status).toBe(200)
  })

  test('the accessibility statement, outside the years', () => {
    const intro = [
      {
        _type: 'block',
        _key: 'a',
        children: [{ _type: 'span', _key: 'b', text: 'Region Kronoberg står bakom årsberättelsen.' }],
      },
    ]
    const page = meta({
      kind: 'accessibilityStatement',
      statement: { title: 'Tillgänglighetsredogörelse', intro } as never,
    })
    expect(page.title).toBe('Tillgänglighetsredogörelse – Årsberättelse')
    expect(page.canonicalUrl).toBe(`${site}/tillganglighet`)
    expect(page.description).toBe('Region Kronoberg står bakom årsberättelsen.')
    expect(page.robots).toBeNull()
  })
})

describe('titles', () => {
  test('as the views have always worded them', () => {
    expect(meta({ kind: 'area', report: r2018, area: healthcare, statisticIndex: 0, at: 'area' }).title).toBe(
      'Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse',
    )
    expect(meta({ kind: 'area', report: r2018, area: healthcare, statisticIndex: 1, at: 'area' }).title).toBe(
      `${healthcare.statistics[1]!.title} – Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse`,
    )
    expect(meta({ kind: 'articles', report: r2018, area: healthcare }).title).toBe(
      'Artiklar: Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse',
    )
    expect(meta({ kind: 'article', report: r2018, area: healthcare, article }).title).toBe(
      'Utvecklingsstrategin Närmare kronobergaren – Årsberättelse 2018 – Årsberättelse',
    )
    const statistic = healthcare.statistics[0]!
    expect(meta({ kind: 'embed', report: r2018, area: healthcare, statistic, statisticIndex: 0 }).title).toBe(
      'Besök i hälso- och sjukvården – Årsberättelse 2018 – Årsberättelse',
    )
    expect(meta({ kind: 'notFound' }).title).toBe('Sidan finns inte | Årsberättelse')
    expect(meta({ kind: 'error' }).title).toBe('Något gick fel | Årsberättelse')
  })

  test('og:title leaves out the site name, which og:site_name carries', () => {
    const data = meta({ kind: 'article', report: r2018, area: healthcare, article })
    expect(data.heading).toBe('Utvecklingsstrategin Närmare kronobergaren – Årsberättelse 2018')
    expect(data.siteName).toBe('Årsberättelse')
  })
})

describe('descriptions', () => {
  test('a statistic: its headline as text, figures formatted sv-SE with no-break spaces', () => {
    const data = meta({ kind: 'area', report: r2018, area: healthcare, statisticIndex: 0, at: 'area' })
    expect(data.description).toBe(
      `Kronobergarna gjorde 1${nbsp}037${nbsp}034 besök i hälso- och sjukvården 2018. Det betyder att kronobergarna i snitt gjorde 6,8 besök per patient. Av besöken var 424${nbsp}868 besök till läkare och 612${nbsp}166 besök till…`,
    )
    expect(data.description!.length).toBeLessThanOrEqual(descriptionMaxLength)
  })

  test('a figure with decimals and a unit', () => {
    expect(
      headlineText([
        {
          _type: 'block',
          _key: 'a',
          children: [
            { _type: 'span', _key: 's', text: 'Andelen var ' },
            { _type: 'headlineFigure', _key: 'f', value: 12.5, decimals: 2, unit: '%' },
            { _type: 'span', _key: 't', text: '.' },
          ],
        },
        { _type: 'block', _key: 'b', children: [{ _type: 'span', _key: 'u', text: ' Ökning  från\nförra året.' }] },
      ]),
    ).toBe(`Andelen var 12,50${nbsp}%. Ökning från förra året.`)
    expect(headlineText(null)).toBeNull()
    expect(headlineText([])).toBeNull()
  })

  test('the year and the newest report: the report’s description', () => {
    const data = meta({ kind: 'area', report: r2018, area: r2018.areas[0]!, statisticIndex: 0, at: 'report' })
    expect(data.description).toBe(r2018.description)
  })

  test('an article: its lead; the article list: the area’s intro, else its subtitle', () => {
    expect(meta({ kind: 'article', report: r2018, area: healthcare, article }).description).toBe(
      truncate(article.lead, descriptionMaxLength),
    )
    const list = meta({ kind: 'articles', report: r2018, area: healthcare }).description!
    expect(list.startsWith('Region kronobergs mål är driva ett aktivt arbete')).toBe(true)
    const withoutIntro = { ...healthcare, intro: null }
    expect(meta({ kind: 'articles', report: r2018, area: withoutIntro }).description).toBe(
      'Kronobergarnas vårdkonsumtion',
    )
    const withNothing = { ...healthcare, intro: null, subtitle: null }
    expect(meta({ kind: 'articles', report: r2018, area: withNothing }).description).toBe(r2018.description)
  })

  test('an area without statistics: its intro', () => {
    const articlesOnly = { ...healthcare, statistics: [] }
    expect(
      meta({ kind: 'area', report: r2018, area: articlesOnly, statisticIndex: -1, at: 'area' }).description,
    ).toMatch(/^Region kronobergs mål/)
  })

  test('long text is cut after a word, never mid-word', () => {
    const text = 'ord '.repeat(100)
    const cut = truncate(text, 50)
    expect(cut.length).toBeLessThanOrEqual(50)
    expect(cut).toMatch(/^(ord )+ord…$/)
    expect(truncate('kort  text ', 50)).toBe('kort text')
  })

  test('a number is never cut apart at its no-break spaces', () => {
    const text = `Det blev ${'1\u00a0037\u00a0034'} besök`
    // The cut falls inside the number: the whole number goes.
    expect(truncate(text, 16)).toBe('Det blev…')
    expect(truncate(text, 30)).toBe(text)
  })
})

describe('canonical URLs', () => {
  const canonical = (place: PagePlace) => meta(place).canonicalUrl
  const [first, second] = healthcare.statistics

  test('absolute, from the configured origin', () => {
    expect(canonical({ kind: 'area', report: r2018, area: healthcare, statisticIndex: 0, at: 'area' })).toBe(
      `${site}/2018/halso-och-sjukvard`,
    )
    expect(canonical({ kind: 'area', report: r2018, area: healthcare, statisticIndex: 1, at: 'area' })).toBe(
      `${site}/2018/halso-och-sjukvard/${second!.slug}`,
    )
    expect(canonical({ kind: 'articles', report: r2018, area: healthcare })).toBe(
      `${site}/2018/halso-och-sjukvard/artiklar`,
    )
    expect(canonical({ kind: 'article', report: r2018, area: healthcare, article })).toBe(
      `${site}/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren`,
    )
    expect(canonical({ kind: 'area', report: r2018, area: r2018.areas[0]!, statisticIndex: 0, at: 'report' })).toBe(
      `${site}/2018`,
    )
    expect(canonical({ kind: 'area', report: r2018, area: r2018.areas[0]!, statisticIndex: 0, at: 'latest' })).toBe(
      `${site}/`,
    )
  })

  test('the embed view and the foreground statistic point at the statistic’s page in the report', () => {
    expect(canonical({ kind: 'embed', report: r2018, area: healthcare, statistic: first!, statisticIndex: 0 })).toBe(
      `${site}/2018/halso-och-sjukvard`,
    )
    expect(canonical({ kind: 'embed', report: r2018, area: healthcare, statistic: second!, statisticIndex: 1 })).toBe(
      `${site}/2018/halso-och-sjukvard/${second!.slug}`,
    )
  })

  test('none for the not-found and error views, which are kept out of search engines', () => {
    for (const kind of ['notFound', 'error'] as const) {
      const data = meta({ kind })
      expect(data.canonicalUrl).toBeNull()
      expect(data.robots).toBe('noindex')
      expect(headTags(data).some((tag) => tag.key.startsWith('property:og:'))).toBe(false)
    }
    expect(meta({ kind: 'notFound' }).status).toBe(404)
  })

  test('a slug is written as the URL encodes it', () => {
    const odd = { ...healthcare, slug: 'vård & omsorg' }
    expect(canonical({ kind: 'articles', report: r2018, area: odd })).toBe(
      `${site}/2018/v%C3%A5rd%20%26%20omsorg/artiklar`,
    )
  })
})

describe('VITE_SITE_URL', () => {
  test('an origin, with a default for local previews', () => {
    expect(readSiteUrl(undefined)).toBe('http://localhost:4173')
    expect(readSiteUrl('')).toBe('http://localhost:4173')
    expect(readSiteUrl('https://arsberattelse.example.se/')).toBe('https://arsberattelse.example.se')
    expect(readSiteUrl(' https://Example.se:8443 ')).toBe('https://example.se:8443')
  })

  test('anything else is refused', () => {
    expect(() => readSiteUrl('arsberattelse.example.se')).toThrow(/absolute URL/)
    expect(() => readSiteUrl('ftp://example.se')).toThrow(/https/)
    expect(() => readSiteUrl('javascript:alert(1)')).toThrow()
    expect(() => readSiteUrl('https://example.se/arsberattelse')).toThrow(/origin only/)
    expect(() => readSiteUrl('https://example.se/?a=1')).toThrow(/origin only/)
  })
})

describe('head tags', () => {
  test('in order, each once', () => {
    const data = meta({ kind: 'article', report: r2018, area: healthcare, article })
    expect(headTags(data).map((tag) => tag.key)).toEqual([
      'title',
      'name:description',
      'canonical',
      'alternate:csv',
      'property:og:title',
      'property:og:description',
      'property:og:url',
      'property:og:type',
      'property:og:site_name',
      'property:og:locale',
      'property:og:image',
      'property:og:image:width',
      'property:og:image:height',
      'property:og:image:alt',
      'name:twitter:image:alt',
      'name:twitter:card',
    ])
    const html = headHtml(data)
    expect(html).toContain('<meta property="og:type" content="article" />')
    expect(html).toContain('<meta property="og:locale" content="sv_SE" />')
    // An article without a lead image: the area's foreground chart.
    expect(html).toContain(`<meta property="og:image" content="${site}/2018/halso-och-sjukvard/besok.png" />`)
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />')
    expect(html).toContain(
      `<link rel="canonical" href="${site}/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren" />`,
    )
  })

  test('CMS text is escaped: it can neither end the title nor leave an attribute', () => {
    const hostile = {
      ...article,
      title: '</title><script>alert(1)</script>',
      lead: "\"><script>alert(2)</script> & 'quoted'",
    }
    const html = headHtml(meta({ kind: 'article', report: r2018, area: healthcare, article: hostile }))
    expect(html).not.toContain('<script')
    expect(html).toContain(
      '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; – Årsberättelse 2018 – Årsberättelse</title>',
    )
    expect(html).toContain(
      '<meta name="description" content="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; &#39;quoted&#39;" />',
    )
    // Exactly the tags headTags lists, nothing smuggled in.
    expect(html.match(/<(title|meta|link)\b/g)).toHaveLength(
      headTags(meta({ kind: 'article', report: r2018, area: healthcare, article })).length,
    )
  })
})
