import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseNdjson, type SanityDocumentLike } from '../../src/content/sources/bundled'

export const datasetPath = fileURLToPath(new URL('../../sanity/dataset/production.ndjson', import.meta.url))

export function readDatasetText(): string {
  return readFileSync(datasetPath, 'utf8')
}

export function readDataset(): SanityDocumentLike[] {
  return parseNdjson(readDatasetText())
}
