import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { SanityDocument } from 'sanity'
import { singletonIds } from '../../../sanity/schemaTypes/singletons'
import { siteTextKeys } from '../../../model/siteTextDefaults'
import { reportQuery } from '../../../src/content/queries'
import { toReportPage } from '../../../src/content/report'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { createBundledSource } from '../../../src/content/sources/bundled'
import { formatFigure } from '../../../model/format/number'
import { firstHeadlineFigure, toFigure } from '../../../model/headline'
import { datasetPath, readDataset, readDatasetText } from '../../support/dataset'
import { validateDocuments } from '../../support/sanity-validation'

const documents = readDataset()
const ids = new Set(documents.map((doc) => doc._id))

/** Every `_ref` anywhere in a value, with its path. */
function references(value: unknown, path = ''): { ref: string; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => references(item, `${path}[${index}]`))
  if (value && typeof value === 'object') {
    const own =
      typeof (value as { _ref?: unknown })._ref === 'string' ? [{ ref: (value as { _ref: string })._ref, path }] : []
    return own.concat(Object.entries(value).flatMap(([key, child]) => references(child, `${path}.${key}`)))
  }
  return []
}

describe('the sample dataset', () => {
  test('is what sanity/dataset/build.mjs generates (edit the script, not the NDJSON)', () => {
    const before = readFileSync(datasetPath, 'utf8')
    const generated = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      import { documents } from './sanity/dataset/build.mjs'
      process.stdout.write(documents.map((doc) => JSON.stringify(doc)).join('\\n') + '\\n')
    `,
      ],
      { encoding: 'utf8' },
    )
    expect(generated).toBe(before)
  })

  test('has unique document ids', () => {
    expect(ids.size).toBe(documents.length)
  })

  test('every reference resolves to a document in the dataset', () => {
    const dangling = documents.flatMap((doc) =>
      references(doc)
        .filter(({ ref }) => !ids.has(ref))
        .map(({ ref, path }) => `${doc._id}${path} → ${ref}`),
    )
    expect(dangling).toEqual([])
  })

  test.each(['studio', 'cli'] as const)(
    'every document passes the schema’s validation rules, errors and warnings alike (%s)',
    async (environment) => {
      const results = await validateDocuments(documents as unknown as SanityDocument[], environment)
      const problems = [...results].flatMap(([id, markers]) =>
        markers.map((marker) => `${id} ${JSON.stringify(marker.path)}: [${marker.level}] ${marker.message}`),
      )
      expect(problems).toEqual([])
    },
    60_000,
  )

  test('holds each singleton at its fixed id, and a text for every interface label', () => {
    for (const id of singletonIds) expect(documents.find((doc) => doc._id === id)?._type).toBe(id)
    const siteTexts = documents.find((doc) => doc._id === 'siteTexts')!
    expect(siteTextKeys.filter((key) => typeof siteTexts[key] !== 'string')).toEqual([])
  })

  test('has reports for 2017, 2018 and 2019, each with the four areas and the economy', async () => {
    const source = createBundledSource(async () => readDatasetText())
    for (const year of [2017, 2018, 2019]) {
      const page = toReportPage(await source.fetch<ReportQueryResult>(reportQuery, { year }))
      expect(page.report?.areas.map((area) => area.slug)).toEqual(
        expect.arrayContaining(['halso-och-sjukvard', 'kollektivtrafik', 'regional-utveckling', 'kultur']),
      )
    }
  })

  test('the 2018 healthcare area opens on 1 037 034 visits', async () => {
    const source = createBundledSource(async () => readDatasetText())
    const page = toReportPage(await source.fetch<ReportQueryResult>(reportQuery, { year: 2018 }))
    const healthcare = page.report?.areas.find((area) => area.slug === 'halso-och-sjukvard')
    const foreground = healthcare?.statistics[0]
    const figure = toFigure(firstHeadlineFigure(foreground?.headline))
    expect(figure?.value).toBe(1037034)
    expect(formatFigure(figure!)).toBe('1\u00a0037\u00a0034')
  })

  test('numbers in headlines are figures, not digits typed into the text', () => {
    const typed = documents
      .filter((doc) => doc._type === 'statistic')
      .flatMap((doc) =>
        ((doc.headline as { children?: { _type: string; text?: string }[] }[]) ?? []).flatMap((block) =>
          (block.children ?? [])
            // Years may stay as words of the sentence; amounts, decimals and grouped numbers may not.
            .filter((child) => child._type === 'span')
            .filter((child) =>
              /\d{3,}|\d[,.]\d|\d[\s\u00a0]\d{3}/.test((child.text ?? '').replace(/\b(19|20)\d{2}\b/g, '')),
            )
            .map((child) => `${doc._id}: "${child.text}"`),
        ),
      )
    expect(typed).toEqual([])
  })
})
