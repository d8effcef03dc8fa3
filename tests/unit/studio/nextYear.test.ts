import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { nextYearDrafts, type NewDocument, type SourceDocument } from '../../../sanity/nextYear/nextYearDrafts'
import { planNextYear } from '../../../sanity/nextYear/planNextYear'
import { validateDocuments } from '../../support/sanity-validation'
import { groqFetch, sampleDocuments } from './studio'

const documents = sampleDocuments() as unknown as SourceDocument[]
const byId = new Map(documents.map((doc) => [doc._id, doc]))
const refs = (doc: SourceDocument | undefined, field: string) =>
  (doc?.[field] as { _ref: string; _key: string }[] | undefined) ?? []

const report2019 = byId.get('report-2019')!
const areas2019 = refs(report2019, 'areas').map((ref) => byId.get(ref._ref)!)
const statistics2019 = areas2019.flatMap((area) => refs(area, 'statistics').map((ref) => byId.get(ref._ref)!))
const drafts = nextYearDrafts(report2019, areas2019, statistics2019)
const ofType = (type: string) => drafts.filter((doc) => doc._type === type)
const published = (id: string) => id.replace(/^drafts\./, '')

/** Every object in a value, depth first. */
function objects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(objects)
  if (value && typeof value === 'object')
    return [value as Record<string, unknown>, ...Object.values(value).flatMap(objects)]
  return []
}

describe('nextYearDrafts on the sample 2019 report', () => {
  test('makes one draft report for 2020, one draft per area and one per statistic, with readable new ids', () => {
    expect(ofType('report')).toHaveLength(1)
    expect(ofType('report')[0]).toMatchObject({ _id: 'drafts.report-2020', year: 2020, title: 'Årsberättelse 2020' })
    expect(ofType('area').map((doc) => doc._id)).toEqual(
      areas2019.map((area) => area._id.replace('area-2019-', 'drafts.area-2020-')),
    )
    expect(ofType('statistic').map((doc) => doc._id)).toEqual(
      statistics2019.map((statistic) => `drafts.statistic-2020-${statistic.key as string}`),
    )
    expect(drafts.every((doc) => doc._id.startsWith('drafts.'))).toBe(true)
    expect(new Set(drafts.map((doc) => doc._id)).size).toBe(drafts.length)
  })

  test('every reference points to one of the new documents, in the old order, and is weak until published', () => {
    const newIds = new Set(drafts.map((doc) => published(doc._id)))
    const references = drafts.flatMap((doc) => objects(doc).filter((value) => '_ref' in value))
    expect(references.length).toBe(areas2019.length + statistics2019.length)
    for (const reference of references) {
      expect(newIds.has(reference._ref as string)).toBe(true)
      expect(reference).toMatchObject({
        _type: 'reference',
        _weak: true,
        _strengthenOnPublish: { type: expect.any(String) },
      })
    }
    const report = ofType('report')[0]!
    expect(refs(report as SourceDocument, 'areas').map((ref) => ref._ref)).toEqual(
      ofType('area').map((doc) => published(doc._id)),
    )
  })

  test('keeps titles, slugs, subtitles, icons, keys, units and the chart’s shape; copies no articles and no sources', () => {
    areas2019.forEach((area, index) => {
      const copy = ofType('area')[index]!
      expect(copy).toMatchObject({ title: area.title, slug: area.slug, icon: area.icon, articles: [] })
      expect(copy.subtitle).toEqual(area.subtitle)
      expect(copy.intro).toBeUndefined()
    })
    statistics2019.forEach((statistic, index) => {
      const copy = ofType('statistic')[index]!
      expect(copy).toMatchObject({
        title: statistic.title,
        slug: statistic.slug,
        key: statistic.key,
        unit: statistic.unit,
      })
      expect(copy.source).toBeUndefined()
      const chart = statistic.chart as {
        type: string
        categories?: string[]
        series?: { name: string }[]
        unit?: string
      }
      expect(copy.chart).toMatchObject({ type: chart.type })
      if (chart.type !== 'none') {
        expect(copy.chart).toMatchObject({ categories: chart.categories, unit: chart.unit })
        expect((copy.chart as typeof chart).series?.map((series) => series.name)).toEqual(
          chart.series?.map((series) => series.name),
        )
      }
    })
    expect(drafts.some((doc) => (doc._type as string) === 'article')).toBe(false)
  })

  test('leaves no figure value: headline figures keep their place, decimals and unit; chart series are empty', () => {
    const figures = ofType('statistic').flatMap((doc) =>
      objects(doc.headline).filter((value) => value._type === 'headlineFigure'),
    )
    const oldFigures = statistics2019.flatMap((doc) =>
      objects(doc.headline).filter((value) => value._type === 'headlineFigure'),
    )
    expect(figures).toHaveLength(oldFigures.length)
    figures.forEach((figure, index) => {
      expect(figure).not.toHaveProperty('value')
      const { value: _value, ...rest } = oldFigures[index]!
      expect(figure).toEqual(rest)
    })
    for (const doc of ofType('statistic')) {
      for (const series of (doc.chart as { series?: { values: unknown[] }[] }).series ?? [])
        expect(series.values).toEqual([])
    }
  })

  test('turns the old year into the new one where it stands alone in a headline, a period or the description', () => {
    const result = ofType('statistic').find((doc) => doc.key === 'vard-namndens-resultat')!
    const text = objects(result.headline)
      .filter((value) => value._type === 'span')
      .map((span) => span.text)
      .join('[tal]')
    expect(text).toBe('Hälso- och sjukvårdsnämnden gick med ett underskott på [tal] 2020.')
    expect(result.period).toBe('2020')
    expect(ofType('report')[0]!.description).toMatch(/för 2020:/)
  })

  test('avoids ids already in use, and refuses a report without a year', () => {
    const again = nextYearDrafts(report2019, areas2019, statistics2019, {
      takenIds: ['drafts.area-2020-kultur', 'report-2020'],
    })
    expect(again.map((doc) => doc._id)).toEqual(
      expect.arrayContaining(['drafts.report-2020-2', 'drafts.area-2020-kultur-2']),
    )
    expect(() => nextYearDrafts({ ...report2019, year: undefined }, areas2019, statistics2019)).toThrow(/årtal/)
  })

  test('the drafts are valid apart from what the editor must fill in (figures, chart values, sources, publishing order)', async () => {
    // Validated on their own: the published documents they will point to do not exist yet.
    const results = await validateDocuments(drafts as unknown as SanityDocument[], 'studio')
    const problems = drafts.flatMap((doc: NewDocument) => results.get(doc._id) ?? [])
    const expected = [
      /^Ange talet\./, // each blanked figure
      /har 0 värden men diagrammet har \d+ etiketter/, // each emptied chart
      /^Ange seriens värden/,
      /^Ange en källa/, // warning: the source is left out on purpose
      /^Refererat dokument måste vara publicerat|^Referenced document must be published/, // publish the statistics, then areas, then the report
    ]
    const unexpected = problems.filter((marker) => !expected.some((pattern) => pattern.test(marker.message)))
    expect(unexpected).toEqual([])
    expect(problems.some((marker) => /^Ange talet\./.test(marker.message) && marker.level === 'error')).toBe(true)
  }, 60_000)
})

describe('planNextYear (the action’s lookups, with groq-js over the sample dataset)', () => {
  test('plans 2020 from the 2019 report', async () => {
    const plan = await planNextYear(report2019, groqFetch(documents))
    expect(plan).toEqual({ year: 2020, documents: drafts })
  })

  test('refuses when next year’s report exists, even only as a draft', async () => {
    expect(await planNextYear(byId.get('report-2018')!, groqFetch(documents))).toEqual({
      refused: 'Det finns redan en årsberättelse för 2019.',
    })
    const withDraft = [...documents, { _id: 'drafts.report-ny', _type: 'report', year: 2020 }]
    expect(await planNextYear(report2019, groqFetch(withDraft))).toEqual({
      refused: 'Det finns redan en årsberättelse för 2020.',
    })
  })

  test('uses the draft of an area and takes free ids when some are in use', async () => {
    const draftArea = { ...byId.get('area-2019-kultur')!, _id: 'drafts.area-2019-kultur', title: 'Kultur och fritid' }
    const squatter = { _id: 'statistic-2020-kultur-scensommar', _type: 'statistic' }
    const plan = await planNextYear(report2019, groqFetch([...documents, draftArea, squatter]))
    if ('refused' in plan) throw new Error(plan.refused)
    expect(plan.documents.find((doc) => doc._id === 'drafts.area-2020-kultur')?.title).toBe('Kultur och fritid')
    expect(plan.documents.map((doc) => doc._id)).toContain('drafts.statistic-2020-kultur-scensommar-2')
    expect(plan.documents.map((doc) => doc._id)).not.toContain('drafts.statistic-2020-kultur-scensommar')
  })
})
