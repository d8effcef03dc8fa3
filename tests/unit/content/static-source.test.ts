import { describe, expect, test } from 'vitest'
import { writeContentAnswers } from '../../../build/contentFiles'
import * as queries from '../../../src/content/queries'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { createBundledSource } from '../../../src/content/sources/bundled'
import { createStaticSource } from '../../../src/content/sources/static'
import { staticQueries } from '../../../src/content/sources/staticQueries'
import { readDataset, readDatasetText } from '../../support/dataset'

const bundled = createBundledSource(async () => readDatasetText())
const { files, manifest } = await writeContentAnswers(bundled, '/base/')
const byUrl = new Map(files.map((file) => [`/base/${file.fileName}`, file.source]))
const fetched: string[] = []
const fromFiles = createStaticSource(manifest, async (url) => {
  fetched.push(url)
  const body = byUrl.get(url)
  return body === undefined ? new Response('', { status: 404 }) : new Response(body)
})
const keys = [...new Set(readDataset().flatMap((doc) => (doc._type === 'statistic' ? [doc.key as string] : [])))]

describe('the content files answer as groq-js does over the dataset', () => {
  test.each([2017, 2018, 2019, null, 1999, 2030])('report query for year %s', async (year) => {
    expect(await fromFiles.fetch(queries.reportQuery, { year })).toEqual(
      await bundled.fetch(queries.reportQuery, { year }),
    )
  })

  test.each([...keys, 'ingen-sadan-nyckel'])('years comparison for the key %s', async (key) => {
    expect(await fromFiles.fetch(queries.statisticAcrossYearsQuery, { key })).toEqual(
      await bundled.fetch(queries.statisticAcrossYearsQuery, { key }),
    )
  })

  test('the accessibility statement', async () => {
    const statement = await fromFiles.fetch(queries.accessibilityStatementQuery, {})
    expect(statement).toEqual(await bundled.fetch(queries.accessibilityStatementQuery, {}))
    expect(statement).not.toBeNull()
  })
})

describe('one file per answer', () => {
  test('each year has a file of its own, holding that year only; the newest is the same file as its year', async () => {
    const reportFiles = Object.entries(manifest.report.answers)
    expect(Object.fromEntries(reportFiles)).toEqual({
      '{"year":2019}': expect.stringMatching(/^\/base\/assets\/content\/report-2019-[\w-]{8}\.json$/),
      '{"year":2018}': expect.stringMatching(/^\/base\/assets\/content\/report-2018-[\w-]{8}\.json$/),
      '{"year":2017}': expect.stringMatching(/^\/base\/assets\/content\/report-2017-[\w-]{8}\.json$/),
      '{"year":null}': manifest.report.answers['{"year":2019}'],
    })
    for (const [params, url] of reportFiles) {
      const answer = JSON.parse(byUrl.get(url)!) as ReportQueryResult
      expect(answer.report?.year).toBe(JSON.parse(params).year ?? 2019)
    }
  })

  test('a year is fetched as its one file', async () => {
    fetched.length = 0
    await fromFiles.fetch(queries.reportQuery, { year: 2017 })
    expect(fetched).toEqual([manifest.report.answers['{"year":2017}']])
  })

  test('a file name changes with its content', async () => {
    const changed = createBundledSource(async () =>
      readDatasetText().replace('"title":"Årsberättelse 2018"', '"title":"Årsberättelse 2018 (ändrad)"'),
    )
    const { manifest: other } = await writeContentAnswers(changed, '/base/')
    expect(other.report.answers['{"year":2018}']).not.toBe(manifest.report.answers['{"year":2018}'])
    expect(other.report.answers['{"year":2017}']).toBe(manifest.report.answers['{"year":2017}'])
  })
})

test('every query the app asks has content files (the browser notice is asked only by the build)', () => {
  const asked = Object.entries(queries)
    .filter(([name]) => name !== 'browserNoticeQuery')
    .map(([, query]) => query)
  expect(new Set(Object.values(staticQueries))).toEqual(new Set(asked))
})

test('a query without files, or a failed download, is an error, not an empty answer', async () => {
  await expect(fromFiles.fetch('*[_type == "report"]', {})).rejects.toThrow('no content files')
  const failing = createStaticSource(manifest, async () => new Response('', { status: 503 }))
  await expect(failing.fetch(queries.reportQuery, { year: 2018 })).rejects.toThrow('HTTP 503')
})
