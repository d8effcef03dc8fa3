import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseNdjson, type SanityDocumentLike } from '../../src/content/sources/bundled'

// From the working directory (the checkout's root): jsdom tests have no file: import.meta.url.
export const datasetPath = resolve(process.cwd(), 'sanity/dataset/production.ndjson')

export function readDatasetText(): string {
  return readFileSync(datasetPath, 'utf8')
}

export function readDataset(): SanityDocumentLike[] {
  return parseNdjson(readDatasetText())
}
