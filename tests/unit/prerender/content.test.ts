import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { prerenderSite, type PrerenderSummary } from '../../../build/prerender'
import type { SanityDocumentLike } from '../../../src/content/sources/bundled'
import { readDataset } from '../../support/dataset'

/*
 * The build on malformed content: whatever the dataset holds, it publishes every page it can,
 * gives `/` a page, names each document it left out, and never fails on content.
 */

const template = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="UTF-8" />
    <title>Årsberättelse</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

type Edit = (documents: SanityDocumentLike[]) => SanityDocumentLike[]

async function buildWith(edit: Edit) {
  const folder = mkdtempSync(join(tmpdir(), 'prerender-content-'))
  folders.push(folder)
  const datasetPath = join(folder, 'dataset.ndjson')
  writeFileSync(
    datasetPath,
    edit(readDataset())
      .map((doc) => JSON.stringify(doc))
      .join('\n'),
  )
  const outDir = join(folder, 'dist')
  mkdirSync(outDir)
  writeFileSync(join(outDir, 'index.html'), template)
  const warnings: string[] = []
  const summary: PrerenderSummary = await prerenderSite({
    outDir,
    serverEntryFile: resolve(process.cwd(), 'src/entry-server.tsx'),
    env: { VITE_SITE_URL: 'http://localhost:4173' },
    datasetPath,
    logger: { info: () => undefined, warn: (message: string) => void warnings.push(message) },
  })
  const page = (path: string) => {
    const file = join(outDir, ...path.split('/').filter(Boolean), path.endsWith('.html') ? '' : 'index.html')
    return existsSync(file) ? readFileSync(file, 'utf8') : null
  }
  return { summary, warnings: warnings.join('\n'), page }
}

const byId =
  (id: string, change: (doc: SanityDocumentLike) => SanityDocumentLike | null): Edit =>
  (documents) =>
    documents.flatMap((doc) => {
      if (doc._id !== id) return [doc]
      const changed = change(structuredClone(doc))
      return changed ? [changed] : []
    })

const all =
  (...edits: Edit[]): Edit =>
  (documents) =>
    edits.reduce((docs, edit) => edit(docs), documents)

describe('the build on malformed content', () => {
  test('two areas of a report with one slug: the first wins, the other is named, the rest is published', async () => {
    const { summary, warnings, page } = await buildWith(
      byId('area-2018-kultur', (doc) => ({ ...doc, slug: { _type: 'slug', current: 'halso-och-sjukvard' } })),
    )
    expect(page('/2018/halso-och-sjukvard')).toContain('Hälso- och sjukvård')
    expect(page('/2018/kollektivtrafik')).not.toBeNull()
    expect(page('/2017/kultur')).not.toBeNull()
    expect(page('/2018/kultur')).toBeNull()
    expect(summary.leftOut).toEqual([
      expect.objectContaining({
        id: 'area-2018-kultur',
        type: 'area',
        title: 'Kultur',
        reason: 'slug-taken',
        slug: 'halso-och-sjukvard',
        takenBy: 'area-2018-halso-och-sjukvard',
      }),
    ])
    expect(warnings).toMatch(
      /area "Kultur" \[area-2018-kultur\]: its slug "halso-och-sjukvard" is already used by area area-2018-halso-och-sjukvard, which comes first \(report 2018\)/,
    )
  }, 120_000)

  test('missing fields, values out of range, empty lists, a dangling reference: each left out and named', async () => {
    const { summary, warnings, page } = await buildWith(
      all(
        // A statistic without a slug, one with a reserved one, an article with a repeated slug.
        byId('statistic-2018-vard-besok-per-patient', (doc) => ({ ...doc, slug: undefined })),
        byId('statistic-2018-kollektivtrafik-kostnad', (doc) => ({
          ...doc,
          slug: { _type: 'slug', current: 'artiklar' },
        })),
        // Values no chart can draw and no headline can format: shown without them.
        (docs) =>
          docs.map((doc) =>
            doc._type === 'statistic' && doc._id.startsWith('statistic-2018-ekonomi')
              ? {
                  ...doc,
                  chart: {
                    type: 'donut',
                    categories: ['a', null],
                    series: [{ name: 'x', values: ['mycket', -1e308] }],
                  },
                  headline: [{ _type: 'block', children: [{ _type: 'headlineFigure', value: 'x', decimals: 99 }] }],
                }
              : doc,
          ),
        // An area whose lists are empty, and a report that names a document that is not there.
        byId('area-2017-kultur', (doc) => ({ ...doc, statistics: [], articles: [] })),
        byId('report-2017', (doc) => ({
          ...doc,
          areas: [...(doc.areas as object[]), { _type: 'reference', _ref: 'area-finns-inte', _key: 'x' }],
        })),
        // The newest report has nothing to show at all.
        (docs) =>
          docs.map((doc) => (doc._type === 'area' && doc._id.startsWith('area-2019-') ? { ...doc, title: '' } : doc)),
      ),
    )
    const reasons = summary.leftOut.map((item) => [item.id, item.type, item.reason])
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['statistic-2018-vard-besok-per-patient', 'statistic', 'bad-slug'],
        ['statistic-2018-kollektivtrafik-kostnad', 'statistic', 'bad-slug'],
        ['area-2017-kultur', 'area', 'nothing-to-show'],
        [null, 'area', 'unpublished'],
        ['area-2019-ekonomi', 'area', 'no-title'],
        ['report-2019', 'report', 'nothing-to-show'],
      ]),
    )
    expect(warnings).toContain(
      'statistic "Besök per patient" [statistic-2018-vard-besok-per-patient]: its slug null cannot be part of an address',
    )
    expect(warnings).toContain(
      'area (untitled) [no document]: a reference to an area that is not published or does not exist (report 2017)',
    )
    // Everything else is there; `/` shows the newest report that has something to show.
    expect(page('/')).toContain('Årsberättelse 2018')
    expect(page('/2018/halso-och-sjukvard')).not.toBeNull()
    expect(page('/2018/ekonomi')).not.toBeNull()
    expect(page('/2018/halso-och-sjukvard/besok-per-patient')).toBeNull()
    expect(page('/2019')).toBeNull()
    expect(page('/404.html')).toContain('Sidan finns inte')
  }, 180_000)

  test('no report that can be shown: / and 404.html are still written, each report is named', async () => {
    const { summary, page } = await buildWith((docs) => docs.filter((doc) => doc._type !== 'area'))
    expect(page('/')).toContain('Sidan finns inte')
    expect(page('/404.html')).toContain('Sidan finns inte')
    expect(
      summary.leftOut
        .filter((item) => item.type === 'report')
        .map((item) => item.id)
        .sort(),
    ).toEqual(['report-2017', 'report-2018', 'report-2019'])
    // `/`, 404.html and the accessibility statement, which needs no report.
    expect(page('/tillganglighet')).toContain('Tillgänglighetsredogörelse')
    expect(summary.pages).toBe(3)
  }, 60_000)
})
