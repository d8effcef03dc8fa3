import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, test } from 'vitest'
import { toExportFormat, writeExportFolder } from '../../../sanity/scripts/exportFormat.mjs'
import { readDataset } from '../../support/dataset'

/**
 * What `npm run dataset:import` hands to `sanity dataset import`: Sanity's export format, with
 * the image files that the import uploads, so the imported documents point at assets with the
 * bundled dataset's ids.
 */
const documents = readDataset()
const imagesDir = join(process.cwd(), 'sanity', 'dataset', 'images')
// Inside the project, where a fresh clone may not have the cache folder yet.
const cacheDir = join(process.cwd(), 'node_modules', '.cache')
mkdirSync(cacheDir, { recursive: true })
const scratch = mkdtempSync(join(cacheDir, 'export-format-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Every `_sanityAsset` and every image `_ref` in a value. */
function collect(value: unknown, found: { assets: string[]; imageRefs: string[] }) {
  if (Array.isArray(value)) value.forEach((item) => collect(item, found))
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    if (typeof object._sanityAsset === 'string') found.assets.push(object._sanityAsset)
    if (typeof object._ref === 'string' && object._ref.startsWith('image-')) found.imageRefs.push(object._ref)
    Object.values(object).forEach((child) => collect(child, found))
  }
  return found
}

describe('the sample dataset in export format', () => {
  const exported = toExportFormat(documents)
  const found = collect(exported.documents, { assets: [], imageRefs: [] })

  test('has no asset documents and no image references left: each image is a file to upload', () => {
    expect(exported.documents.filter((doc: { _type: string }) => doc._type.startsWith('sanity.'))).toEqual([])
    expect(found.imageRefs).toEqual([])
    expect(found.assets.length).toBe(collect(documents, { assets: [], imageRefs: [] }).imageRefs.length)
    for (const asset of found.assets) expect(asset).toMatch(/^image@file:\/\/\.\/images\/[0-9a-f]{40}-\d+x\d+\.png$/)
  })

  test('each file is there, and its SHA-1 and size are those of the asset id it replaces (the id Sanity gives it)', async () => {
    const written = writeExportFolder(documents, imagesDir, scratch)
    expect(written.images).toBe(documents.filter((doc) => doc._type === 'sanity.imageAsset').length)
    expect(readdirSync(scratch).sort()).toEqual(['assets.json', 'data.ndjson', 'images'])
    for (const asset of documents.filter((doc) => doc._type === 'sanity.imageAsset')) {
      const [, sha1, width, height] = /^image-([0-9a-f]{40})-(\d+)x(\d+)-png$/.exec(asset._id)!
      const bytes = readFileSync(join(scratch, 'images', `${sha1}-${width}x${height}.png`))
      expect(createHash('sha1').update(bytes).digest('hex')).toBe(sha1)
      const meta = await sharp(bytes).metadata()
      expect([meta.width, meta.height]).toEqual([Number(width), Number(height)])
    }
    const assetMap = JSON.parse(readFileSync(join(scratch, 'assets.json'), 'utf8')) as Record<string, unknown>
    expect(Object.values(assetMap)[0]).toMatchObject({
      originalFilename: expect.stringMatching(/\.png$/),
      creditLine: expect.stringMatching(/^Illustration: /),
    })
  })
})
