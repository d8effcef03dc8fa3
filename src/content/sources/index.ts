import { isPreviewSearch } from '../../../model/urls'
import { readContentConfig, type ContentConfig } from '../env'
import { inPresentation } from './presentationContext'
import type { ContentSource, QueryParams } from './types'

export type { ContentSource, QueryParams } from './types'

/**
 * A source whose code is a separate chunk, loaded on first use (again after a failure: a failed
 * fetch can be retried; a failed module import could not be).
 */
function lazySource(
  name: ContentSource['name'],
  perspective: ContentSource['perspective'],
  load: () => Promise<ContentSource>,
  { session = false }: { session?: boolean } = {},
): ContentSource {
  let source: Promise<ContentSource> | undefined
  const loaded = () =>
    (source ??= load().catch((error: unknown) => {
      source = undefined
      throw error
    }))
  return {
    name,
    perspective,
    async fetch<Result>(query: string, params: QueryParams) {
      return (await loaded()).fetch<Result>(query, params)
    },
    ...(session ? { hasSession: async () => (await (await loaded()).hasSession?.()) ?? false } : {}),
  }
}

/**
 * The source the environment asks for. Each implementation is a separate chunk loaded on first
 * use, so a page whose content is already in the HTML downloads neither. With the bundled
 * dataset, a production build reads the answers the build wrote ahead (one file per year, never
 * the dataset or groq-js); the dev server and tests evaluate GROQ over the dataset.
 */
export function createContentSource(config: ContentConfig): ContentSource {
  if (config.kind === 'sanity') {
    return lazySource(
      'sanity',
      config.perspective,
      () => import('./sanity').then(({ createSanitySource }) => createSanitySource(config)),
      { session: config.perspective === 'drafts' },
    )
  }
  return lazySource('bundled', 'published', () =>
    import.meta.env.PROD
      ? import('./staticFiles').then(({ createBuiltStaticSource }) => createBuiltStaticSource())
      : import('./bundledDataset').then(({ createBundledDatasetSource }) => createBundledDatasetSource()),
  )
}

let defaultSource: ContentSource | undefined

/**
 * The source for this build, chosen by VITE_SANITY_PROJECT_ID (see .env.example); drafts when
 * the page was opened with `?forhandsvisning` (an editor's preview) against Sanity; the
 * Studio's answers inside its Presentation tool (a chunk loaded only there), where `onChange`
 * is called as the editor types.
 */
export function contentSource({ onChange = () => {} }: { onChange?: () => void } = {}): ContentSource {
  if (defaultSource) return defaultSource
  const preview = typeof location !== 'undefined' && isPreviewSearch(location.search)
  const config = readContentConfig(import.meta.env, { preview })
  defaultSource = inPresentation()
    ? lazySource(config.kind, 'drafts', () =>
        import('./presentation').then(({ createStudioSource }) =>
          // While no Studio answers: what readers see.
          createStudioSource(config, createContentSource(readContentConfig(import.meta.env)), onChange),
        ),
      )
    : createContentSource(config)
  return defaultSource
}
