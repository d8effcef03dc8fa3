import { isPreviewSearch } from '../../../model/urls'
import { readContentConfig, type ContentConfig } from '../env'
import type { ContentSource, QueryParams } from './types'

export type { ContentSource, QueryParams } from './types'

/**
 * The source the environment asks for. Each implementation is a separate chunk loaded on first
 * use, so a page whose content is already in the HTML downloads neither. With the bundled
 * dataset, a production build reads the answers the build wrote ahead (one file per year, never
 * the dataset or groq-js); the dev server and tests evaluate GROQ over the dataset.
 */
export function createContentSource(config: ContentConfig): ContentSource {
  let source: Promise<ContentSource> | undefined
  const load = (): Promise<ContentSource> =>
    config.kind === 'sanity'
      ? import('./sanity').then(({ createSanitySource }) => createSanitySource(config))
      : import.meta.env.PROD
        ? import('./staticFiles').then(({ createBuiltStaticSource }) => createBuiltStaticSource())
        : import('./bundledDataset').then(({ createBundledDatasetSource }) => createBundledDatasetSource())
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
