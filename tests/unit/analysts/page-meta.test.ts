import { describe, expect, test } from 'vitest'
import { defaultSiteTexts } from '../../../model/siteTextDefaults'
import { headHtml, headTags, pageMeta, type PagePlace } from '../../../src/app/pageMeta'
import { jsonLd, temporalCoverage } from '../../../src/app/statisticMeta'
import { toReportPage, type Report } from '../../../src/content/report'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { bundledSource } from '../../support/render-app'
import { reportQuery } from '../../../src/content/queries'

const site = 'https://arsberattelse.example.se'
const raw = await bundledSource().fetch<ReportQueryResult>(reportQuery, { year: 2018 })
const r2018: Report = toReportPage(raw).report!
const healthcare = r2018.areas.find((area) => area.slug === 'halso-och-sjukvard')!
const article = healthcare.articles[0]!
const meta = (place: PagePlace) => pageMeta(place, defaultSiteTexts, site)

describe('link previews, citation tags and structured data in <head>', () => {
  test('a statistic: its chart as og:image, citation_* tags and one Dataset block', () => {
    const html = headHtml(meta({ kind: 'area', report: r2018, area: healthcare, statisticIndex: 1, at: 'area' }))
    const statistic = healthcare.statistics[1]!
    expect(html).toContain(
      `<meta property="og:image" content="${site}/2018/halso-och-sjukvard/${statistic.slug}.png" />`,
    )
    expect(html).toContain('<meta property="og:image:width" content="1200" />')
    expect(html).toContain('<meta property="og:image:height" content="630" />')
    expect(html).toContain(`<meta property="og:image:alt" content="Diagram: ${statistic.title}, Årsberättelse 2018" />`)
    expect(html).toContain(`<meta name="citation_title" content="${statistic.title}" />`)
    expect(html).toContain('<meta name="citation_author" content="Region Kronoberg" />')
    expect(html).toContain('<meta name="citation_publication_date" content="2018" />')
    expect(html).toContain(
      `<meta name="citation_public_url" content="${site}/2018/halso-och-sjukvard/${statistic.slug}" />`,
    )
    expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(1)
  })

  test('an article with a lead image uses it; without one, the area’s chart', () => {
    const leadImage = { url: `${site}/bilder/ledbild.jpg`, alt: 'Ledbild', width: 1200, height: 630 }
    const withImage = meta({ kind: 'article', report: r2018, area: healthcare, article, leadImage })
    expect(withImage.image).toEqual(leadImage)
    const without = meta({ kind: 'article', report: r2018, area: healthcare, article })
    expect(without.image?.url).toBe(`${site}/2018/halso-och-sjukvard/${healthcare.statistics[0]!.slug}.png`)
  })

  test('pages outside the years have no image and no year file; not-found pages no sharing tags', () => {
    const notFound = headTags(meta({ kind: 'notFound' }))
    expect(notFound.some((tag) => tag.key.includes('og:image') || tag.key === 'ld+json')).toBe(false)
    const statement = meta({
      kind: 'accessibilityStatement',
      statement: { title: 'Tillgänglighetsredogörelse', intro: null },
    })
    expect(statement.image).toBeNull()
    expect(statement.dataFile).toBeNull()
  })

  test('CMS text cannot close the JSON-LD block', () => {
    const hostile = { ...healthcare.statistics[1]!, title: '</script><script>alert(1)</script>' }
    const area = { ...healthcare, statistics: [healthcare.statistics[0]!, hostile] }
    const html = headHtml(meta({ kind: 'area', report: r2018, area, statisticIndex: 1, at: 'area' }))
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!
    expect(block).not.toContain('<')
    expect(JSON.parse(block).name).toBe('</script><script>alert(1)</script>')
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(jsonLd({ a: '\u2028' })).toBe('{"a":"\\u2028"}')
  })

  test('the period as ISO 8601 for temporalCoverage', () => {
    expect(temporalCoverage('2018', 2018)).toBe('2018')
    expect(temporalCoverage('2014–2018', 2018)).toBe('2014/2018')
    expect(temporalCoverage('läsåret 2018/19', 2019)).toBe('2019')
    expect(temporalCoverage(null, 2017)).toBe('2017')
  })
})
