/**
 * The sample dataset in the form `sanity dataset import` uploads with its images: Sanity's export
 * format, a folder with one `.ndjson` file, the image files in `images/` and `assets.json`.
 *
 * The bundled dataset (production.ndjson) holds each image's `sanity.imageAsset` document, as a
 * real dataset does after an upload, so groq-js answers `asset->{…}` exactly as Sanity's API.
 * Sanity refuses such documents in an import (it writes them itself on upload), so here each
 * image field's `asset` reference becomes `_sanityAsset: "image@file://./images/{file}"`, the
 * asset documents are left out, and their credit and file name go to assets.json, which the
 * import applies to the uploaded assets. Sanity names an uploaded image by its SHA-1 and size, so
 * the imported documents point at assets with the very ids of the bundled dataset.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const assetIdPattern = /^image-([0-9a-f]{40})-(\d+x\d+)-([a-z0-9]+)$/

/** `image-{sha1}-{w}x{h}-{ext}` → `{sha1}-{w}x{h}.{ext}`, the file name in images/. */
export function assetFileName(assetId) {
  const match = assetIdPattern.exec(assetId)
  if (!match) throw new Error(`"${assetId}" is not an image asset id.`)
  return `${match[1]}-${match[2]}.${match[3]}`
}

function replaceAssetReferences(value) {
  if (Array.isArray(value)) return value.map(replaceAssetReferences)
  if (value === null || typeof value !== 'object') return value
  const out = {}
  for (const [field, child] of Object.entries(value)) {
    const ref = child && typeof child === 'object' ? child._ref : undefined
    if (field === 'asset' && typeof ref === 'string' && ref.startsWith('image-')) {
      out._sanityAsset = `image@file://./images/${assetFileName(ref)}`
    } else {
      out[field] = replaceAssetReferences(child)
    }
  }
  return out
}

/**
 * The documents in export format: asset documents left out, image references as `_sanityAsset`.
 * Returns the documents, the image files they need, and the asset map (keyed `image-{sha1}`).
 */
export function toExportFormat(documents) {
  const assets = documents.filter((doc) => doc._type === 'sanity.imageAsset')
  const files = assets.map((asset) => assetFileName(asset._id))
  const assetMap = Object.fromEntries(
    assets.map((asset) => [
      `image-${asset.sha1hash}`,
      {
        originalFilename: asset.originalFilename,
        ...(asset.creditLine ? { creditLine: asset.creditLine } : {}),
      },
    ]),
  )
  const others = documents.filter((doc) => doc._type !== 'sanity.imageAsset').map(replaceAssetReferences)
  return { documents: others, files, assetMap }
}

/** Writes the export-format folder into `target` (images copied from `imagesDir`). */
export function writeExportFolder(documents, imagesDir, target) {
  const { documents: exported, files, assetMap } = toExportFormat(documents)
  mkdirSync(join(target, 'images'), { recursive: true })
  writeFileSync(join(target, 'data.ndjson'), exported.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  writeFileSync(join(target, 'assets.json'), JSON.stringify(assetMap, null, 2) + '\n')
  for (const file of files) copyFileSync(join(imagesDir, file), join(target, 'images', file))
  return { documents: exported.length, images: files.length }
}
