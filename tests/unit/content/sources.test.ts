import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { reportQuery } from '../../../src/content/queries'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { createBundledSource } from '../../../src/content/sources/bundled'
import { createSanitySource } from '../../../src/content/sources/sanity'
import { readDataset, readDatasetText } from '../../support/dataset'
import { startFakeSanityApi, type FakeSanityApi } from '../../support/fake-sanity-api'

let api: FakeSanityApi
const bundled = createBundledSource(async () => readDatasetText())

beforeAll(async () => {
  api = await startFakeSanityApi(readDataset())
})
afterAll(() => api.close())

const sanity = (perspective: 'published' | 'drafts' = 'published') =>
  createSanitySource({
    kind: 'sanity',
    projectId: 'test',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: api.url,
    perspective,
  })

describe('the same queries through both sources', () => {
  test.each([2017, 2018, 2019, null, 1999])('report query for year %s gives the same result', async (year) => {
    const fromBundled = await bundled.fetch<ReportQueryResult>(reportQuery, { year })
    const requestsBefore = api.requests.length
    const fromSanity = await sanity().fetch<ReportQueryResult>(reportQuery, { year })

    // The Sanity path really went through @sanity/client to the query endpoint, in one request.
    expect(api.requests.length).toBe(requestsBefore + 1)
    expect(api.requests.at(-1)?.path).toBe('/v2025-02-19/data/query/production')
    expect(api.requests.at(-1)?.params).toEqual({ year })
    expect(fromSanity).toEqual(fromBundled)
  })

  test('the whole report for a year arrives in that one answer', async () => {
    const page = await bundled.fetch<ReportQueryResult>(reportQuery, { year: 2018 })
    expect(page.report?.year).toBe(2018)
    expect(page.years).toEqual([2019, 2018, 2017])
    const healthcare = page.report?.areas.find((area) => area.slug === 'halso-och-sjukvard')
    expect(healthcare?.statistics.length).toBeGreaterThanOrEqual(4)
    expect(healthcare?.articles?.[0]?.body.length).toBeGreaterThan(0)
    expect(page.siteTexts?.readMore).toBe('Läs mer…')
    expect(page.navigationHelp?.title).toBe('Såhär navigerar du i årsberättelsen')
  })

  test('image fields arrive with their asset’s id, size and placeholder, the same from both sources', async () => {
    const fromBundled = await bundled.fetch<ReportQueryResult>(reportQuery, { year: 2018 })
    const fromSanity = await sanity().fetch<ReportQueryResult>(reportQuery, { year: 2018 })
    const images = (page: ReportQueryResult) =>
      (page.report?.areas ?? []).flatMap((area) => [
        area.leadImage,
        ...(area.articles ?? []).flatMap((article) => [
          article.mainImage,
          ...(article.body ?? []).filter((block) => block._type === 'contentImage'),
        ]),
      ])
    const all = images(fromBundled).filter(Boolean)
    // Every 2018 area and article has an image, and one article one in its body.
    expect(all).toHaveLength(13)
    for (const image of all) {
      expect(image).toMatchObject({
        alt: expect.any(String),
        credit: expect.stringMatching(/^Illustration: /),
        hotspot: { x: expect.any(Number), y: expect.any(Number) },
        asset: {
          _id: expect.stringMatching(/^image-[0-9a-f]{40}-1600x1000-png$/),
          metadata: {
            lqip: expect.stringMatching(/^data:image\/jpeg;base64,/),
            dimensions: { width: 1600, height: 1000 },
          },
        },
      })
    }
    expect(images(fromSanity)).toEqual(images(fromBundled))
  })

  test('year null answers with the newest report', async () => {
    const page = await bundled.fetch<ReportQueryResult>(reportQuery, { year: null })
    expect(page.report?.year).toBe(Math.max(...page.years))
  })
})

describe('parameters', () => {
  test('a query without its parameter is refused by both sources, not answered as null', async () => {
    await expect(bundled.fetch(reportQuery, {})).rejects.toThrow('$year')
    await expect(sanity().fetch(reportQuery, {})).rejects.toThrow('$year')
  })
})

describe('drafts', () => {
  test('the bundled source, like the published perspective, never shows drafts', async () => {
    const withDraft =
      readDatasetText() +
      JSON.stringify({ _id: 'drafts.report-2018', _type: 'report', year: 2018, title: 'Utkast', areas: [] }) +
      '\n'
    const source = createBundledSource(async () => withDraft)
    const page = await source.fetch<ReportQueryResult>(reportQuery, { year: 2018 })
    expect(page.report?.title).not.toBe('Utkast')
  })
})

describe('a dataset that cannot be read', () => {
  test('malformed NDJSON is reported with its line, and a retry loads it again', async () => {
    let calls = 0
    const source = createBundledSource(async () =>
      ++calls === 1 ? '{"_id": "x", "_type": "report"}\nnot json\n' : readDatasetText(),
    )
    await expect(source.fetch(reportQuery, { year: 2018 })).rejects.toThrow('line 2')
    await expect(source.fetch<ReportQueryResult>(reportQuery, { year: 2018 })).resolves.toMatchObject({
      report: { year: 2018 },
    })
  })
})

describe('the editors’ drafts preview', () => {
  test('asks for drafts with no token; readers’ requests ask for published content', async () => {
    const draftTitle = 'Årsberättelse 2018 (utkast)'
    const withDraft = [
      ...readDataset(),
      { ...readDataset().find((doc) => doc._id === 'report-2018')!, _id: 'drafts.report-2018', title: draftTitle },
    ]
    const draftsApi = await startFakeSanityApi(withDraft)
    try {
      const config = {
        kind: 'sanity',
        projectId: 'test',
        dataset: 'production',
        apiVersion: '2025-02-19',
        apiHost: draftsApi.url,
      } as const
      const preview = await createSanitySource({ ...config, perspective: 'drafts' }).fetch<ReportQueryResult>(
        reportQuery,
        { year: 2018 },
      )
      const reader = await createSanitySource({ ...config, perspective: 'published' }).fetch<ReportQueryResult>(
        reportQuery,
        { year: 2018 },
      )
      expect(preview.report?.title).toBe(draftTitle)
      expect(reader.report?.title).toBe('Årsberättelse 2018')
      expect(draftsApi.requests.map((r) => r.perspective)).toEqual(['drafts', 'published'])
      expect(draftsApi.requests.map((r) => r.authorization)).toEqual([undefined, undefined])
    } finally {
      await draftsApi.close()
    }
  })

  test('asks Sanity whether the browser sent the editor’s session; readers never ask', async () => {
    for (const session of [true, false]) {
      const api = await startFakeSanityApi(readDataset(), { session })
      try {
        const config = {
          kind: 'sanity',
          projectId: 'test',
          dataset: 'production',
          apiVersion: '2025-02-19',
          apiHost: api.url,
        } as const
        expect(await createSanitySource({ ...config, perspective: 'drafts' }).hasSession!()).toBe(session)
        expect(createSanitySource({ ...config, perspective: 'published' }).hasSession).toBeUndefined()
      } finally {
        await api.close()
      }
    }
  })
})
