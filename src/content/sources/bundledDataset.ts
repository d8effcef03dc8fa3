import datasetUrl from '../../../sanity/dataset/production.ndjson?url'
import { createBundledSource } from './bundled'
import type { ContentSource } from './types'

/**
 * groq-js over the bundled dataset, fetched as a static file like any content request (a failed
 * fetch can be retried; a failed module import could not be). The dev server and tests use it;
 * a production build answers from files written ahead instead (staticFiles.ts).
 */
export function createBundledDatasetSource(): ContentSource {
  return createBundledSource(fetchBundledDataset)
}

async function fetchBundledDataset(): Promise<string> {
  const response = await fetch(datasetUrl)
  if (!response.ok) throw new Error(`The bundled dataset could not be loaded (HTTP ${response.status}).`)
  return response.text()
}
