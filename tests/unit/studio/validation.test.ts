import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { validateDocuments, type Marker } from '../../support/sanity-validation'
import { sampleDocuments } from './studio'

/**
 * Each rule through Sanity's own validateDocument at the Studio's level (an error blocks
 * publishing, a warning does not): a bad document is refused with a Swedish explanation, the
 * good one passes. Only the documents a rule reads are validated, to keep this fast.
 */
const documents = sampleDocuments()
/** A sample document as free-form JSON, which each test breaks in its own way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field of any document, at any depth
type LooseDocument = Record<string, any>
const original = (id: string) =>
  structuredClone(documents.find((doc) => doc._id === id)!) as SanityDocument & LooseDocument

/** The image assets the sample documents point at, there for every validation (as in a dataset). */
const assets = documents.filter((doc) => doc._type === 'sanity.imageAsset')

async function markers(doc: SanityDocument, context: SanityDocument[] = []): Promise<Marker[]> {
  const others = [...context, ...assets].filter((other) => other._id !== doc._id)
  const results = await validateDocuments([doc, ...others], 'studio')
  return results.get(doc._id) ?? []
}
const at = (list: Marker[], first: string) => list.filter((marker) => marker.path[0] === first)
const errors = (list: Marker[]) => list.filter((marker) => marker.level === 'error')
const warnings = (list: Marker[]) => list.filter((marker) => marker.level === 'warning')

const statistic = () => original('statistic-2018-vard-besok')
const figure = (doc: LooseDocument, index = 0) =>
  doc.headline
    .flatMap((block: { children: object[] }) => block.children)
    .filter((child: { _type: string }) => child._type === 'headlineFigure')[index]

describe('the sample documents used here are clean', () => {
  test.each([
    'statistic-2018-vard-besok',
    'statistic-2018-ekonomi-skattesats',
    'article-2018-gratis-sommarkort-for-skolungdomar',
  ])('%s', async (id) => {
    expect(await markers(original(id))).toEqual([])
  })
})

describe('required fields explain what is missing', () => {
  test.each([
    ['statistic-2018-vard-besok', 'title', 'Ge statistiken en rubrik.'],
    ['statistic-2018-vard-besok', 'period', 'Ange vilken period siffrorna gäller.'],
    ['statistic-2018-vard-besok', 'headline', 'Skriv huvudmeningen'],
    ['article-2018-gratis-sommarkort-for-skolungdomar', 'lead', 'Skriv en ingress'],
    ['article-2018-gratis-sommarkort-for-skolungdomar', 'body', 'Skriv artikelns brödtext.'],
    ['article-2018-gratis-sommarkort-for-skolungdomar', 'publishedAt', 'Ange publiceringsdatum.'],
  ])('%s without %s', async (id, field, message) => {
    const doc = original(id)
    delete doc[field]
    expect(errors(at(await markers(doc), field)).map((marker) => marker.message)).toEqual([
      expect.stringContaining(message),
    ])
  })

  test('a singleton’s fields too', async () => {
    const notice = original('browserNotice')
    delete notice.body
    expect(errors(await markers(notice)).map((marker) => marker.message)).toEqual([
      expect.stringMatching(/^Skriv vad läsaren kan göra/),
    ])
  })
})

describe('charts: every series has one value per label (an error in the Studio)', () => {
  test('a series with a value missing is refused on the statistic’s chart field', async () => {
    const doc = statistic()
    doc.chart.series[0].values = doc.chart.series[0].values.slice(1)
    const problems = at(await markers(doc), 'chart')
    expect(problems).toEqual([
      expect.objectContaining({
        level: 'error',
        path: ['chart'],
        message: expect.stringMatching(/har 1 värden men diagrammet har 2 etiketter/),
      }),
    ])
  })

  test('a label added without values is refused; adding the values makes it good', async () => {
    const doc = statistic()
    doc.chart.categories = [...doc.chart.categories, 'Tandvård']
    expect(errors(at(await markers(doc), 'chart'))).toHaveLength(1)
    doc.chart.series[0].values = [...doc.chart.series[0].values, 1000]
    expect(at(await markers(doc), 'chart')).toEqual([])
  })

  test('percentages beyond ±1000 % are refused in a chart whose unit is %', async () => {
    const doc = original('statistic-2018-ekonomi-skattesats')
    expect(doc.chart.unit).toBe('%')
    doc.chart.series[0].values = [11.6, 1200]
    expect(errors(at(await markers(doc), 'chart')).map((marker) => marker.message)).toEqual([
      expect.stringContaining('1\u00a0200 % är inte ett rimligt procenttal'),
    ])
    doc.chart.series[0].values = [11.6, 120]
    expect(at(await markers(doc), 'chart')).toEqual([])
  })
})

describe('charts: numbers the chart type cannot show (a warning in the Studio)', () => {
  test.each([
    [
      'a ring whose values are all zero',
      (chart: LooseDocument) => (chart.series[0].values = [0, 0]),
      /Alla värden i ringdiagrammet är noll/,
    ],
    [
      'a ring of one part',
      (chart: LooseDocument) => ((chart.categories = ['Läkare']), (chart.series[0].values = [5])),
      /ringdiagram med en enda del/,
    ],
    [
      'a line of one point',
      (chart: LooseDocument) => ((chart.type = 'line'), (chart.categories = ['2018']), (chart.series[0].values = [5])),
      /linjediagram behöver minst två punkter/,
    ],
  ])('%s: a Swedish warning that does not block publishing', async (_, change, message) => {
    const doc = statistic()
    change(doc.chart)
    const problems = at(await markers(doc), 'chart')
    expect(errors(problems)).toEqual([])
    expect(warnings(problems)).toEqual([
      expect.objectContaining({ path: ['chart'], message: expect.stringMatching(message) }),
    ])
    expect(warnings(problems)[0]!.message).toMatch(/tabell/)
  })

  test('the same numbers as a bar chart are fine', async () => {
    const doc = statistic()
    doc.chart.type = 'bar'
    doc.chart.series[0].values = [0, 0]
    expect(at(await markers(doc), 'chart')).toEqual([])
  })
})

describe('numbers within sensible ranges', () => {
  test.each([[4], [-1], [1.5]])('a headline figure with %s decimals is refused', async (decimals) => {
    const doc = statistic()
    figure(doc).decimals = decimals
    expect(errors(at(await markers(doc), 'headline')).map((marker) => marker.message)).toEqual([
      'Välj 0–3 decimaler (ett heltal).',
    ])
  })

  test('a headline figure with 0–3 decimals is accepted', async () => {
    const doc = statistic()
    for (const decimals of [0, 3]) {
      figure(doc).decimals = decimals
      expect(at(await markers(doc), 'headline')).toEqual([])
    }
  })

  test('a percentage figure beyond ±1000 % is refused, a large count is not', async () => {
    const doc = original('statistic-2018-ekonomi-skattesats')
    expect(figure(doc).unit).toBe('%')
    figure(doc).value = -1500
    expect(errors(at(await markers(doc), 'headline')).map((marker) => marker.message)).toEqual([
      expect.stringMatching(/^−1\u00a0500 % är inte ett rimligt procenttal/),
    ])
    figure(doc).value = -15
    expect(at(await markers(doc), 'headline')).toEqual([])
    const visits = statistic()
    figure(visits).value = 98_765_432 // no unit: a count
    expect(at(await markers(visits), 'headline')).toEqual([])
  })

  test('a figure without a value is refused', async () => {
    const doc = statistic()
    delete figure(doc).value
    expect(errors(at(await markers(doc), 'headline')).map((marker) => marker.message)).toEqual([
      expect.stringMatching(/^Ange talet\./),
    ])
  })

  test('a headline without any figure is refused', async () => {
    const doc = statistic()
    doc.headline = [{ ...doc.headline[0], children: [{ _type: 'span', _key: 's', text: 'Många besök.', marks: [] }] }]
    expect(errors(at(await markers(doc), 'headline')).map((marker) => marker.message)).toEqual([
      'Huvudmeningen behöver minst ett tal (Infoga → Tal).',
    ])
  })

  test.each([[1999], [2101], [2019.5]])('a report for the year %s is refused', async (year) => {
    const reports = documents.filter((doc) => doc._type === 'report')
    const doc = { ...original('report-2019'), _id: 'drafts.report-ny', year }
    expect(errors(at(await markers(doc, reports), 'year')).map((marker) => marker.message)).toEqual([
      'Ange ett årtal mellan 2000 och 2100.',
    ])
  })

  test('a report for a free year between 2000 and 2100 is accepted, a taken year is refused', async () => {
    const reports = documents.filter((doc) => doc._type === 'report')
    expect(
      at(await markers({ ...original('report-2019'), _id: 'drafts.report-ny', year: 2020 }, reports), 'year'),
    ).toEqual([])
    expect(
      errors(at(await markers({ ...original('report-2019'), _id: 'drafts.report-ny', year: 2018 }, reports), 'year')),
    ).toEqual([expect.objectContaining({ message: 'Det finns redan en årsberättelse för 2018.' })])
  })

  test('an article dated before 2000 is refused', async () => {
    const doc = original('article-2018-gratis-sommarkort-for-skolungdomar')
    doc.publishedAt = '1999-12-31'
    expect(errors(at(await markers(doc), 'publishedAt')).map((marker) => marker.message)).toEqual([
      'Ange ett datum mellan 2000 och 2101.',
    ])
  })
})

describe('warnings, not errors, for what makes a statistic hard to trust or read', () => {
  test('a statistic without a source', async () => {
    const doc = statistic()
    delete doc.source
    const problems = await markers(doc)
    expect(errors(problems)).toEqual([])
    expect(warnings(problems)).toEqual([
      expect.objectContaining({ path: ['source'], message: 'Ange en källa så att läsaren kan kontrollera siffrorna.' }),
    ])
  })

  test('a statistic without an info text', async () => {
    const doc = statistic()
    delete doc.info
    const problems = await markers(doc)
    expect(errors(problems)).toEqual([])
    expect(warnings(problems)).toEqual([
      expect.objectContaining({ path: ['info'], message: 'Statistik utan förklaring är svår att tolka.' }),
    ])
  })
})

describe('links and slugs', () => {
  test('a "read more" link to javascript: is refused; https is accepted', async () => {
    const doc = original('article-2018-gratis-sommarkort-for-skolungdomar')
    doc.readMore[0].url = 'javascript:alert(1)'
    expect(errors(at(await markers(doc), 'readMore')).map((marker) => marker.message)).toEqual([
      'Länken måste börja med https://, http://, mailto: eller tel:.',
    ])
    doc.readMore[0].url = 'https://www.regionkronoberg.se/'
    expect(at(await markers(doc), 'readMore')).toEqual([])
  })

  test('a slug with capitals or å, ä, ö is refused', async () => {
    const doc = statistic()
    doc.slug = { _type: 'slug', current: 'Besök' }
    expect(errors(at(await markers(doc), 'slug')).map((marker) => marker.message)).toEqual([
      expect.stringMatching(/^Använd bara små bokstäver/),
    ])
  })

  test('the same slug as a statistic of another year is accepted, not as one in the same area', async () => {
    const doc = statistic()
    expect(doc.slug.current).toBe(original('statistic-2017-vard-besok').slug.current)
    // The documents the slug rule reads: both areas and the other year's statistic.
    const context = ['area-2018-halso-och-sjukvard', 'area-2017-halso-och-sjukvard', 'statistic-2017-vard-besok'].map(
      original,
    )
    expect(at(await markers(doc, context), 'slug')).toEqual([])
    const sibling = original('statistic-2018-vard-besok-per-patient')
    sibling.slug = doc.slug
    expect(errors(at(await markers(sibling, [...context, doc]), 'slug')).map((marker) => marker.message)).toEqual([
      expect.stringMatching(/^”besok” används redan av ett annat dokument på samma ställe/),
    ])
  })
})
