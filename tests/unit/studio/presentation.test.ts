import { evaluate, parse } from 'groq-js'
import { match } from 'path-to-regexp'
import { describe, expect, test } from 'vitest'
import {
  documentLocations,
  documentLocationsQuery,
  mainDocuments,
  type LocationsData,
} from '../../../sanity/presentation/locations'
import { draftsPerspective } from '../../support/presentation/studio'
import { sampleDocuments } from './studio'

/*
 * The Presentation tool's "used on these pages" (resolve.locations) and the document each page
 * is about (resolve.mainDocuments), run as the Studio runs them: the query in the drafts
 * perspective (here groq-js over the sample dataset, drafts over published).
 */

const run = async <T>(documents: readonly object[], query: string, params: Record<string, unknown>) =>
  (await (await evaluate(parse(query, { params }), { dataset: documents, params })).get()) as T

async function locate(id: string, type: string, extra: object[] = []) {
  const view = draftsPerspective([...sampleDocuments(), ...extra] as never)
  return documentLocations(type, await run<LocationsData>(view, documentLocationsQuery, { id }))
}

const hrefs = (state: Awaited<ReturnType<typeof locate>>) => state?.locations?.map((location) => location.href)

describe('where a document appears (resolve.locations)', () => {
  test('a report: its year', async () => {
    expect(await locate('report-2018', 'report')).toEqual({
      locations: [{ title: 'Årsberättelse 2018', href: '/2018' }],
    })
  })

  test('an area: its page, its articles and its easy-to-read summary', async () => {
    expect(hrefs(await locate('area-2018-kultur', 'area'))).toEqual([
      '/2018/kultur',
      '/2018/kultur/artiklar',
      '/2018/kultur/lattlast',
    ])
  })

  test('a statistic: its slide and its embed, and the area’s page where it comes first', async () => {
    expect(hrefs(await locate('statistic-2018-vard-besok', 'statistic'))).toEqual([
      '/2018/halso-och-sjukvard',
      '/2018/halso-och-sjukvard/besok',
      '/2018/halso-och-sjukvard/besok/embed',
    ])
    expect(hrefs(await locate('statistic-2018-vard-besok-per-patient', 'statistic'))).toEqual([
      '/2018/halso-och-sjukvard/besok-per-patient',
      '/2018/halso-och-sjukvard/besok-per-patient/embed',
    ])
  })

  test('an article: its page and the area’s articles', async () => {
    expect(await locate('article-2018-sagobygden-med-i-unescos-register', 'article')).toEqual({
      locations: [
        {
          title: 'Sagobygden med i Unescos register (2018)',
          href: '/2018/kultur/artiklar/sagobygden-med-i-unescos-register',
        },
        { title: 'Kultur: artiklar (2018)', href: '/2018/kultur/artiklar' },
      ],
    })
  })

  test.each(['siteTexts', 'navigationHelp', 'browserNotice', 'siteFooter'])(
    'the singleton %s: every page',
    async (id) => {
      expect(await locate(id, id)).toEqual({
        message: 'Visas på varje sida i årsberättelsen.',
        tone: 'positive',
        locations: [{ title: 'Senaste årsberättelsen', href: '/' }],
      })
    },
  )

  test('the accessibility statement: its own page', async () => {
    expect(hrefs(await locate('accessibilityStatement', 'accessibilityStatement'))).toEqual(['/tillganglighet'])
  })

  test('drafts count: a new year’s draft report and its draft area are located', async () => {
    const drafts = [
      {
        _id: 'drafts.report-2020',
        _type: 'report',
        year: 2020,
        areas: [{ _type: 'reference', _ref: 'area-2020-kultur', _key: 'a' }],
      },
      { _id: 'drafts.area-2020-kultur', _type: 'area', title: 'Kultur', slug: { current: 'kultur' }, statistics: [] },
    ]
    expect(hrefs(await locate('report-2020', 'report', drafts))).toEqual(['/2020'])
    expect(hrefs(await locate('area-2020-kultur', 'area', drafts))).toEqual(['/2020/kultur'])
  })

  test('says why a document has no page yet', async () => {
    const lonely = [{ _id: 'statistic-ny', _type: 'statistic', title: 'Ny', slug: { current: 'ny' } }]
    expect(await locate('statistic-ny', 'statistic', lonely)).toEqual({
      message: 'Dokumentet finns inte på någon sida i årsberättelsen ännu.',
      tone: 'caution',
    })
    const unslugged = [{ _id: 'statistic-ny', _type: 'statistic', title: 'Ny' }]
    expect(await locate('statistic-ny', 'statistic', unslugged)).toEqual({
      message: 'Ange en slug först.',
      tone: 'caution',
    })
    expect(await locate('x', 'someOtherType')).toBeNull()
  })
})

describe('the document a page is about (resolve.mainDocuments)', () => {
  const view = draftsPerspective(sampleDocuments() as never)
  /** As the Presentation tool does: the first route that matches, then `*[filter][0]`. */
  async function mainDocument(pathname: string) {
    for (const resolver of mainDocuments) {
      const found = match<Record<string, string>>(resolver.route, { decode: decodeURIComponent })(pathname)
      if (!found) continue
      return run<{ _id: string } | null>(view, `*[${resolver.filter}][0]{_id, _type}`, { ...found.params })
    }
    return undefined
  }

  test.each([
    ['/2018', 'report-2018'],
    ['/2018/kultur', 'area-2018-kultur'],
    ['/2018/kultur/artiklar', 'area-2018-kultur'],
    ['/2018/kultur/lattlast', 'area-2018-kultur'],
    ['/2018/halso-och-sjukvard/besok-per-patient', 'statistic-2018-vard-besok-per-patient'],
    ['/2018/halso-och-sjukvard/besok/embed', 'statistic-2018-vard-besok'],
    ['/2018/kultur/artiklar/sagobygden-med-i-unescos-register', 'article-2018-sagobygden-med-i-unescos-register'],
    ['/tillganglighet', 'accessibilityStatement'],
  ])(
    '%s → %s',
    async (pathname, id) => {
      expect((await mainDocument(pathname))?._id).toBe(id)
    },
    // groq-js runs the filter's subqueries for every document (Sanity's API does not).
    30_000,
  )

  test('the area of the year in the address, not the same slug in another year', async () => {
    expect((await mainDocument('/2019/kultur'))?._id).toBe('area-2019-kultur')
  })
})
