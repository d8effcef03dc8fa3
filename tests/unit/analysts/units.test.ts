import type { SanityDocument } from 'sanity'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkFormerSlugs } from '../../../sanity/schemaTypes/documents/statistic'
import { nextFormerSlugs, slugHistoryActions } from '../../../sanity/slugHistory'
import { statisticAcrossYearsQuery } from '../../../src/content/queries'
import type { Headline, StatisticAcrossYearsQueryResult } from '../../../model/sanity.types'
import { createBundledSource } from '../../../src/content/sources/bundled'
import { createSanitySource } from '../../../src/content/sources/sanity'
import { toYearEntries } from '../../../src/features/data/acrossYears'
import { headlineValue } from '../../../src/features/data/YearsTable'
import { csvFileName } from '../../../src/features/data/csv'
import { embedCode } from '../../../src/features/share/embedCode'
import { escapeHtml } from '../../../src/shared/html'
import { canonicalUrl, embedUrl } from '../../../src/features/share/place'
import { headlineText } from '../../../model/headline'
import { readDataset, readDatasetText } from '../../support/dataset'
import { startFakeSanityApi, type FakeSanityApi } from '../../support/fake-sanity-api'
import { validateDocuments } from '../../support/sanity-validation'

const nbsp = '\u00a0'

describe('embed code', () => {
  test('escapes &, quotes and angle brackets in attribute values', () => {
    expect(escapeHtml(`a&b "c" 'd' <e>`)).toBe('a&amp;b &quot;c&quot; &#39;d&#39; &lt;e&gt;')
  })

  test('an iframe with src, title, full width, 480 px high, no border, loaded lazily; then the resize script', () => {
    const [iframe, script] = embedCode({
      src: 'https://example.se/2018/a/b/embed?x=1&y=2',
      title: 'Besök – Årsberättelse 2018',
    }).split('\n')
    expect(iframe).toBe(
      '<iframe src="https://example.se/2018/a/b/embed?x=1&amp;y=2" title="Besök – Årsberättelse 2018" width="100%" height="480" style="border:0;width:100%" loading="lazy" data-arsberattelse></iframe>',
    )
    expect(script).toMatch(/^<script>\(function\(w\)\{.*"arsberattelse-embed-height".*<\/script>$/)
  })

  test('addresses are built from the origin and the URL scheme, slugs encoded', () => {
    const place = {
      year: 2018,
      reportTitle: 'Årsberättelse 2018',
      areaSlug: 'halso-och-sjukvard',
      statisticSlug: 'besok',
      title: 'Besök',
    }
    expect(canonicalUrl(place, 'https://example.se')).toBe('https://example.se/2018/halso-och-sjukvard/besok')
    expect(embedUrl(place, 'https://example.se')).toBe('https://example.se/2018/halso-och-sjukvard/besok/embed')
  })
})

const headline = (...children: unknown[]) => [{ _type: 'block', _key: 'b', children }] as unknown as Headline

describe('CSV file name', () => {
  test('named after the statistic and year, the year once when the title ends with it', () => {
    expect(csvFileName('Besök i hälso- och sjukvården', 2018)).toBe('besok-i-halso-och-sjukvarden-2018.csv')
    expect(csvFileName('Resor i kollektivtrafiken 2018', 2018)).toBe('resor-i-kollektivtrafiken-2018.csv')
    expect(csvFileName('Resor 2017–2018', 2018)).toBe('resor-2017-2018.csv')
    expect(csvFileName('Skatt 2017', 2018)).toBe('skatt-2017-2018.csv')
  })
})

describe('headline text and value', () => {
  test('plain text with figures formatted sv-SE, their no-break spaces kept', () => {
    const value = headline(
      { _type: 'span', _key: 'a', text: 'Kronobergarna gjorde ' },
      { _type: 'headlineFigure', _key: 'f', value: 1037034 },
      { _type: 'span', _key: 'c', text: '  besök, i snitt ' },
      { _type: 'headlineFigure', _key: 'g', value: 6.8, decimals: 1, unit: '%' },
      { _type: 'span', _key: 'd', text: '.' },
    )
    expect(headlineText(value)).toBe(`Kronobergarna gjorde 1${nbsp}037${nbsp}034 besök, i snitt 6,8${nbsp}%.`)
    expect(headlineText(null)).toBeNull()
  })

  test('the headline value is the first figure, with its own unit or else the statistic’s', () => {
    const value = headline(
      { _type: 'span', _key: 'a', text: 'Det blev ' },
      { _type: 'headlineFigure', _key: 'f', value: 1022538 },
    )
    expect(headlineValue({ headline: value, unit: 'besök' })).toBe(`1${nbsp}022${nbsp}538${nbsp}besök`)
    const percent = headline({ _type: 'headlineFigure', _key: 'f', value: 68, unit: '%' })
    expect(headlineValue({ headline: percent, unit: 'procent' })).toBe(`68${nbsp}%`)
    expect(headlineValue({ headline: headline({ _type: 'span', _key: 'a', text: 'Inga tal' }), unit: null })).toBeNull()
  })
})

describe('statisticAcrossYearsQuery', () => {
  let api: FakeSanityApi
  beforeAll(async () => {
    api = await startFakeSanityApi(readDataset())
  })
  afterAll(() => api.close())

  test('answers the same through both sources, in one request', async () => {
    const bundled = createBundledSource(async () => readDatasetText())
    const sanity = createSanitySource({
      kind: 'sanity',
      projectId: 'test',
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost: api.url,
      perspective: 'published',
    })
    const fromBundled = await bundled.fetch<StatisticAcrossYearsQueryResult>(statisticAcrossYearsQuery, {
      key: 'vard-besok',
    })
    const before = api.requests.length
    const fromSanity = await sanity.fetch<StatisticAcrossYearsQueryResult>(statisticAcrossYearsQuery, {
      key: 'vard-besok',
    })
    expect(api.requests.length).toBe(before + 1)
    expect(api.requests.at(-1)?.params).toEqual({ key: 'vard-besok' })
    expect(fromSanity).toEqual(fromBundled)
    expect(
      toYearEntries(fromBundled).map(({ year, areaSlug, statisticSlug, period, unit }) => ({
        year,
        areaSlug,
        statisticSlug,
        period,
        unit,
      })),
    ).toEqual([
      { year: 2018, areaSlug: 'halso-och-sjukvard', statisticSlug: 'besok', period: '2018', unit: 'besök' },
      { year: 2017, areaSlug: 'halso-och-sjukvard', statisticSlug: 'besok', period: '2017', unit: 'besök' },
    ])
  })

  test('a key in no report answers with no entries; the key is a parameter, never spliced in', async () => {
    const bundled = createBundledSource(async () => readDatasetText())
    expect(toYearEntries(await bundled.fetch(statisticAcrossYearsQuery, { key: 'finns-inte' }))).toEqual([])
    expect(toYearEntries(await bundled.fetch(statisticAcrossYearsQuery, { key: '" || true || "' }))).toEqual([])
    await expect(bundled.fetch(statisticAcrossYearsQuery, {})).rejects.toThrow('$key')
  })
})

describe('toYearEntries makes the answer safe', () => {
  const statistic = (slug: string | null, title: unknown = 'Besök') => ({
    _id: `s-${slug}`,
    title,
    slug,
    headline: [],
    unit: 'besök',
    period: '2018',
  })
  test('one entry per year (the first report, as the year’s page shows), dangling and slugless entries dropped', () => {
    const raw = [
      { year: 2018, areas: [null, { slug: 'vard', statistics: [null, statistic(null), statistic('besok')] }] },
      { year: 2018, areas: [{ slug: 'annat', statistics: [statistic('gammal')] }] },
      { year: 2017, areas: [{ slug: null, statistics: [statistic('besok')] }] },
      { year: 2016, areas: [{ slug: 'vard', statistics: [statistic('besok', null)] }] },
      null,
      { year: 'x', areas: [] },
    ] as unknown as StatisticAcrossYearsQueryResult
    expect(toYearEntries(raw).map((entry) => [entry.year, entry.areaSlug, entry.statisticSlug])).toEqual([
      [2018, 'vard', 'besok'],
    ])
    expect(toYearEntries(null)).toEqual([])
  })
})

describe('slug history', () => {
  test('publishing a new slug records the published one, once, and never the slug in use', () => {
    const doc = (slug: string, formerSlugs?: unknown) => ({ slug: { current: slug }, formerSlugs })
    expect(nextFormerSlugs(doc('vardbesok'), doc('besok'))).toEqual(['vardbesok'])
    expect(nextFormerSlugs(doc('b'), doc('c', ['a', 'b']))).toEqual(['a', 'b'])
    // Renamed back: the old slug is the address again, so it leaves the list.
    expect(nextFormerSlugs(doc('b'), doc('a', ['a']))).toEqual(['b'])
    expect(nextFormerSlugs(doc('same'), doc('same', ['x']))).toBeNull()
    expect(nextFormerSlugs(null, doc('new'))).toBeNull()
    expect(nextFormerSlugs(doc('old'), null)).toBeNull()
  })

  test('the statistic’s publish action is wrapped (still "publish", still first); other types keep Sanity’s', () => {
    const publish = Object.assign(() => null, { action: 'publish' as const })
    const other = Object.assign(() => null, { action: 'delete' as const })
    const wrapped = slugHistoryActions([publish, other], 'statistic')
    expect(wrapped[0]).not.toBe(publish)
    expect(wrapped[0]!.action).toBe('publish')
    expect(wrapped[1]).toBe(other)
    // The same wrapper every time the Studio asks, so the action keeps its state.
    expect(slugHistoryActions([publish, other], 'statistic')[0]).toBe(wrapped[0])
    expect(slugHistoryActions([publish, other], 'article')).toEqual([publish, other])
  })

  test('former slugs are checked like slugs, listed once, and not the slug in use', () => {
    const context = { document: { slug: { current: 'besok' } } }
    expect(checkFormerSlugs(['vardbesok'], context)).toBe(true)
    expect(checkFormerSlugs(undefined, context)).toBe(true)
    expect(checkFormerSlugs(['Vård besök'], context)).toMatch(/^”Vård besök”: Använd bara små bokstäver/)
    expect(checkFormerSlugs(['embed'], context)).toMatch(/används redan av adresserna/)
    expect(checkFormerSlugs(['a', 'a'], context)).toBe('a står mer än en gång i listan.')
    expect(checkFormerSlugs(['besok'], context)).toMatch(/är statistikens nuvarande slug/)
  })

  test('the Studio refuses a bad former slug on the statistic, with the Swedish message', async () => {
    const documents = structuredClone(readDataset()) as unknown as SanityDocument[]
    const besok = documents.find((doc) => doc._id === 'statistic-2018-vard-besok')!
    expect(besok.formerSlugs).toEqual(['vardbesok'])
    expect((await validateDocuments([besok])).get(besok._id)).toEqual([])
    besok.formerSlugs = ['vardbesok', 'Vård besök']
    const markers = (await validateDocuments([besok])).get(besok._id) ?? []
    expect(markers).toEqual([
      expect.objectContaining({
        level: 'error',
        path: ['formerSlugs'],
        message: expect.stringMatching(/^”Vård besök”/),
      }),
    ])
  })
})
