import datasetUrl from '../../../sanity/dataset/production.ndjson?url'
import { isPreviewSearch } from '../../../model/urls'
import { readContentConfig, type ContentConfig } from '../env'
import type { ContentSource, QueryParams } from './types'

export type { ContentSource, QueryParams } from './types'

/**
 * The source the environment asks for. Each implementation is a separate chunk loaded on first
 * use, so a page whose content is already in the HTML downloads neither. The bundled dataset is
 * a static file fetched like any content request (a failed fetch can be retried; a failed
 * module import could not be).
 */
export function createContentSource(config: ContentConfig): ContentSource {
  let source: Promise<ContentSource> | undefined
  const load = (): Promise<ContentSource> =>
    config.kind === 'sanity'
      ? import('./sanity').then(({ createSanitySource }) => createSanitySource(config))
      : import('./bundled').then(({ createBundledSource }) => createBundledSource(fetchBundledDataset))
  return {
    name: config.kind,
    perspective: config.kind === 'sanity' ? config.perspective : 'published',
    async fetch<Result>(query: string, params: QueryParams) {
      source ??= load().catch((error: unknown) => {
        source = undefined
        throw error
      })
      return (await source).fetch<Result>(query, params)
    },
  }
}

let defaultSource: ContentSource | undefined

/**
 * The source for this build, chosen by VITE_SANITY_PROJECT_ID (see .env.example); drafts when
 * the page was opened with `?forhandsvisning` (an editor's preview) against Sanity.
 */
export function contentSource(): ContentSource {
  const preview = typeof location !== 'undefined' && isPreviewSearch(location.search)
  defaultSource ??= createContentSource(readContentConfig(import.meta.env, { preview }))
  return defaultSource
}

async function fetchBundledDataset(): Promise<string> {
  const response = await fetch(datasetUrl)
  if (!response.ok) throw new Error(`The bundled dataset could not be loaded (HTTP ${response.status}).`)
  return response.text()
}
