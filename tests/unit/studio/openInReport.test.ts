import { describe, expect, test } from 'vitest'
import { defaultAppUrl, readStudioEnv } from '../../../sanity/env'
import {
  appPath,
  appUrl,
  areaLocationQuery,
  missingUrlReason,
  resolveAppUrl,
  type AreaLocation,
} from '../../../sanity/openInReport/location'
import { groqFetch, sampleDocuments } from './studio'

const documents = sampleDocuments()
const fetch = groqFetch(documents)
const slug = (current: string) => ({ _type: 'slug', current })
const base = 'https://arsberattelse.example.se'

describe('a document’s path in the app (pure)', () => {
  const area: AreaLocation = { slug: 'halso-och-sjukvard', year: 2018, title: 'Hälso- och sjukvård' }

  test('is built with the app’s own URL builders for each type', () => {
    expect(appPath({ _id: 'r', _type: 'report', year: 2018 }, null)).toBe('/2018')
    expect(appPath({ _id: 'a', _type: 'area', slug: slug('halso-och-sjukvard') }, area)).toBe(
      '/2018/halso-och-sjukvard',
    )
    expect(appPath({ _id: 's', _type: 'statistic', slug: slug('besok') }, area)).toBe('/2018/halso-och-sjukvard/besok')
    expect(appPath({ _id: 'x', _type: 'article', slug: slug('sommarkort') }, area)).toBe(
      '/2018/halso-och-sjukvard/artiklar/sommarkort',
    )
  })

  test('is null, with a Swedish reason, until the document has a slug and a place in a report', () => {
    const statistic = { _id: 's', _type: 'statistic', slug: slug('besok') }
    expect(appPath(statistic, null)).toBeNull()
    expect(missingUrlReason(statistic, null)).toBe('Statistiken finns inte i något område ännu.')
    expect(appPath(statistic, { ...area, year: null })).toBeNull()
    expect(missingUrlReason(statistic, { ...area, year: null })).toBe('Området finns inte i någon årsberättelse ännu.')
    expect(appPath({ _id: 's', _type: 'statistic' }, area)).toBeNull()
    expect(missingUrlReason({ _id: 's', _type: 'statistic' }, area)).toBe('Ange en slug först.')
    expect(appPath({ _id: 'r', _type: 'report' }, null)).toBeNull()
    expect(appPath({ _id: 'siteTexts', _type: 'siteTexts' }, area)).toBeNull()
  })

  test('joins the app’s base URL, with or without a trailing slash or a sub-path', () => {
    expect(appUrl('http://localhost:5173', '/2018')).toBe('http://localhost:5173/2018?forhandsvisning')
    expect(appUrl('https://region.se/arsberattelse/', '/2018/kultur')).toBe(
      'https://region.se/arsberattelse/2018/kultur?forhandsvisning',
    )
  })

  test('the base URL is configured once: SANITY_STUDIO_APP_URL, by default the app’s dev server', () => {
    expect(readStudioEnv({}).appUrl).toBe(defaultAppUrl)
    expect(defaultAppUrl).toBe('http://localhost:5173')
    expect(readStudioEnv({ SANITY_STUDIO_APP_URL: 'https://region.se/ar/' }).appUrl).toBe('https://region.se/ar')
  })
})

describe('the area lookup (GROQ, run by groq-js over the sample dataset)', () => {
  const lookup = (id: string, dataset: readonly object[] = documents) =>
    groqFetch(dataset)<AreaLocation | null>(areaLocationQuery, { id })

  test('finds the area listing a statistic or an article, and the year of the report listing the area', async () => {
    expect(await lookup('statistic-2018-vard-besok')).toEqual({
      title: 'Hälso- och sjukvård',
      icon: 'healthcare',
      slug: 'halso-och-sjukvard',
      year: 2018,
    })
    expect(await lookup('article-2018-gratis-sommarkort-for-skolungdomar')).toMatchObject({
      slug: 'kollektivtrafik',
      year: 2018,
    })
    expect(await lookup('area-2019-kultur')).toMatchObject({ slug: 'kultur', year: 2019, title: 'Kultur' })
  })

  test('finds nothing for a document no area lists', async () => {
    expect(await lookup('statistic-finns-inte')).toBeNull()
  })

  test('prefers the draft of an area, and finds a new area only a draft report lists', async () => {
    const draftArea = {
      ...documents.find((doc) => doc._id === 'area-2018-kultur')!,
      _id: 'drafts.area-2018-kultur',
      slug: slug('kultur-och-bildning'),
    }
    expect(await lookup('statistic-2018-kultur-kulturradet', [...documents, draftArea])).toMatchObject({
      slug: 'kultur-och-bildning',
      year: 2018,
    })
    const newArea = {
      _id: 'drafts.area-2030-ny',
      _type: 'area',
      title: 'Ny',
      slug: slug('ny'),
      statistics: [{ _ref: 'statistic-2030-ny' }],
    }
    const newReport = { _id: 'drafts.report-2030', _type: 'report', year: 2030, areas: [{ _ref: 'area-2030-ny' }] }
    expect(await lookup('statistic-2030-ny', [...documents, newArea, newReport])).toMatchObject({
      slug: 'ny',
      year: 2030,
    })
  })
})

describe('resolving a document’s URL (lookup + path)', () => {
  test('gives the full URL of each kind of document in the sample dataset', async () => {
    const url = async (id: string) =>
      (
        await resolveAppUrl(
          documents.find((doc) => doc._id === id)!,
          fetch,
          base,
        )
      ).url
    expect(await url('report-2019')).toBe(`${base}/2019?forhandsvisning`)
    expect(await url('area-2019-halso-och-sjukvard')).toBe(`${base}/2019/halso-och-sjukvard?forhandsvisning`)
    expect(await url('statistic-2018-vard-besok-per-patient')).toBe(
      `${base}/2018/halso-och-sjukvard/besok-per-patient?forhandsvisning`,
    )
    expect(await url('article-2018-sagobygden-med-i-unescos-register')).toBe(
      `${base}/2018/kultur/artiklar/sagobygden-med-i-unescos-register?forhandsvisning`,
    )
  })

  test('uses the edited (draft) slug of the document itself', async () => {
    const draft = {
      ...documents.find((doc) => doc._id === 'statistic-2018-vard-besok')!,
      _id: 'drafts.statistic-2018-vard-besok',
      slug: slug('vardbesok'),
    }
    expect((await resolveAppUrl(draft, fetch, base)).url).toBe(
      `${base}/2018/halso-och-sjukvard/vardbesok?forhandsvisning`,
    )
  })

  test('explains why there is no URL for a statistic no area lists', async () => {
    expect(await resolveAppUrl({ _id: 'statistic-ny', _type: 'statistic', slug: slug('ny') }, fetch, base)).toEqual({
      url: null,
      reason: 'Statistiken finns inte i något område ännu.',
    })
  })
})
