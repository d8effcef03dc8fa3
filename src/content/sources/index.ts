import datasetUrl from '../../../sanity/dataset/production.ndjson?url'
import { isPreviewSearch } from '../../../model/urls'
import { readContentConfig, type ContentConfig } from '../env'
import type { PresentationSource } from './presentation'
import { inPresentation } from './presentationContext'
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
    ...(config.kind === 'sanity' && config.perspective === 'drafts'
      ? {
          async hasSession() {
            source ??= load()
            return (await (await source).hasSession?.()) ?? false
          },
        }
      : {}),
  }
}

let defaultSource: ContentSource | undefined

/**
 * The source for this build, chosen by VITE_SANITY_PROJECT_ID (see .env.example); drafts when
 * the page was opened with `?forhandsvisning` (an editor's preview) against Sanity; the
 * Studio's answers inside its Presentation tool, where `onChange` is called as the editor
 * types.
 */
export function contentSource({ onChange }: { onChange?: () => void } = {}): ContentSource {
  if (defaultSource) return defaultSource
  const preview = typeof location !== 'undefined' && isPreviewSearch(location.search)
  const config = readContentConfig(import.meta.env, { preview })
  defaultSource = inPresentation()
    ? createStudioSource(
        config,
        createContentSource({ ...config, ...(config.kind === 'sanity' ? { perspective: 'published' } : {}) }),
        onChange,
      )
    : createContentSource(config)
  return defaultSource
}

/** The Presentation tool's source, its code (comlink, stega) loaded only there. */
function createStudioSource(config: ContentConfig, fallback: ContentSource, onChange = () => {}): ContentSource {
  let source: PresentationSource | undefined
  const load = async () => {
    const { createPresentationSource } = await import('./presentation')
    source ??= createPresentationSource({
      onChange,
      fallback,
      studioUrl: document.referrer ? new URL(document.referrer).origin : '/',
      ...(config.kind === 'sanity' ? { project: { projectId: config.projectId, dataset: config.dataset } } : {}),
    })
    return source
  }
  return {
    name: config.kind,
    perspective: 'drafts',
    async fetch<Result>(query: string, params: QueryParams) {
      return (await load()).fetch<Result>(query, params)
    },
  }
}

async function fetchBundledDataset(): Promise<string> {
  const response = await fetch(datasetUrl)
  if (!response.ok) throw new Error(`The bundled dataset could not be loaded (HTTP ${response.status}).`)
  return response.text()
}
