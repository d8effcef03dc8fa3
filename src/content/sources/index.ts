import { readContentConfig, type ContentConfig } from '../env'
import type { ContentSource, QueryParams } from './types'

export type { ContentSource, QueryParams } from './types'

/**
 * The source the environment asks for. Each implementation (and the bundled dataset itself) is
 * a separate chunk loaded on first use, so a page whose content is already in the HTML never
 * downloads either.
 */
export function createContentSource(config: ContentConfig): ContentSource {
  let source: Promise<ContentSource> | undefined
  const load = (): Promise<ContentSource> =>
    config.kind === 'sanity'
      ? import('./sanity').then(({ createSanitySource }) => createSanitySource(config))
      : import('./bundled').then(({ createBundledSource }) =>
          createBundledSource(() =>
            import('../../../sanity/dataset/production.ndjson?raw').then((module) => module.default),
          ),
        )
  return {
    name: config.kind,
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

/** The source for this build, chosen by VITE_SANITY_PROJECT_ID (see .env.example). */
export function contentSource(): ContentSource {
  defaultSource ??= createContentSource(readContentConfig(import.meta.env))
  return defaultSource
}
