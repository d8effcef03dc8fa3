import type { ClientPerspective, ContentSourceMap } from '@sanity/client'
import { stegaEncodeSourceMap } from '@sanity/client/stega'
import { createNode, createNodeMachine, type Node } from '@sanity/comlink'
import { createCompatibilityActors, type LoaderControllerMsg, type LoaderNodeMsg } from '@sanity/presentation-comlink'
import type { ContentConfig } from '../env'
import { shouldEncode } from './stegaFilter'
import type { ContentSource, QueryParams } from './types'

/**
 * The content source inside the Studio's Presentation tool (a lazily loaded chunk).
 *
 * It plays the "loaders" side of Sanity's protocol, as @sanity/core-loader does: each query the
 * app makes is sent to the Studio (`loader/query-listen`), which runs it with the editor's own
 * session in the perspective the editor chose and answers with the result and its source map
 * (`loader/query-change`) – again whenever a document in it changes, as the editor types. The
 * app needs no token and no cookie. Strings in the results carry Sanity's stega source maps,
 * so the visual-editing overlay can outline them and open their field.
 */

type Perspective = { projectId: string; dataset: string; perspective: ClientPerspective }
type Answer = { result: unknown; resultSourceMap?: ContentSourceMap }
type Waiting = { resolve: (value: unknown) => void; reject: (error: unknown) => void }
type Listener = { query: string; params: QueryParams; answer?: unknown; waiting: Waiting[] }

export interface PresentationSourceOptions {
  /** Called after the Studio sent a changed result: the app asks again and gets it at once. */
  onChange: () => void
  /** The app's own project and dataset, if it has one: results for another are ignored. */
  project?: { projectId: string; dataset: string }
  /** Where the Studio is (stega's edit links point there). */
  studioUrl: string
  /**
   * Answers while the Studio does not connect (an address with the Presentation parameter
   * opened elsewhere): after `connectTimeout` ms the app shows what readers see rather than wait.
   */
  fallback: ContentSource
  connectTimeout?: number
  /** A comlink node; tests pass their own. */
  node?: Node<LoaderNodeMsg, LoaderControllerMsg>
}

export type PresentationSource = ContentSource & {
  /** Stops listening to the Studio. */
  stop(): void
}

const keyOf = (query: string, params: QueryParams) => `${query}\u0000${JSON.stringify(params)}`

export function createPresentationSource(options: PresentationSourceOptions): PresentationSource {
  const node =
    options.node ??
    createNode<LoaderNodeMsg, LoaderControllerMsg>(
      { name: 'loaders', connectTo: 'presentation' },
      createNodeMachine<LoaderNodeMsg, LoaderControllerMsg>().provide({ actors: createCompatibilityActors() }),
    )
  const listeners = new Map<string, Listener>()
  const documentsOnPage = new Map<string, ContentSourceMap['documents'][number]>()
  let current: Perspective | null = null
  let gaveUp = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const waitForStudio = () => {
    timer ??= setTimeout(() => {
      if (current) return
      gaveUp = true
      for (const listener of listeners.values()) {
        for (const { resolve, reject } of listener.waiting.splice(0)) {
          options.fallback.fetch(listener.query, listener.params).then(resolve, reject)
        }
      }
    }, options.connectTimeout ?? 10_000)
  }

  const matches = (data: { projectId: string; dataset: string }) =>
    !options.project || (options.project.projectId === data.projectId && options.project.dataset === data.dataset)

  const listen = (listener: Listener) => {
    if (!current) return // sent once the Studio has said which perspective it shows
    node.post('loader/query-listen', { ...current, query: listener.query, params: listener.params })
  }

  const encode = ({ result, resultSourceMap }: Answer) =>
    resultSourceMap
      ? stegaEncodeSourceMap(result, resultSourceMap, {
          enabled: true,
          studioUrl: options.studioUrl,
          filter: (props) => shouldEncode(props),
        })
      : result

  const reportDocuments = (map: ContentSourceMap | undefined) => {
    if (!current || !map) return
    let added = false
    for (const document of map.documents) {
      if (!documentsOnPage.has(document._id)) {
        documentsOnPage.set(document._id, document)
        added = true
      }
    }
    if (added) node.post('loader/documents', { ...current, documents: [...documentsOnPage.values()] })
  }

  node.on('loader/perspective', (data) => {
    if (!matches(data)) return
    const changed = current !== null && JSON.stringify(current.perspective) !== JSON.stringify(data.perspective)
    if (timer) clearTimeout(timer)
    current = { projectId: data.projectId, dataset: data.dataset, perspective: data.perspective }
    if (changed) {
      // Another perspective (published, a release): every answer so far is out of date.
      documentsOnPage.clear()
      for (const listener of listeners.values()) listener.answer = undefined
    }
    for (const listener of listeners.values()) listen(listener)
    if (changed) options.onChange()
  })

  node.on('loader/query-change', (data) => {
    if (!matches(data) || !current || JSON.stringify(data.perspective) !== JSON.stringify(current.perspective)) return
    const listener = listeners.get(keyOf(data.query, data.params as QueryParams))
    if (!listener) return
    const first = listener.answer === undefined
    listener.answer = encode({ result: data.result, resultSourceMap: data.resultSourceMap })
    reportDocuments(data.resultSourceMap)
    for (const { resolve } of listener.waiting.splice(0)) resolve(listener.answer)
    if (!first) options.onChange()
  })

  const stop = node.start()

  return {
    name: 'sanity',
    perspective: 'drafts',
    fetch<Result>(query: string, params: QueryParams): Promise<Result> {
      const key = keyOf(query, params)
      let listener = listeners.get(key)
      if (!listener) {
        listener = { query, params, waiting: [] }
        listeners.set(key, listener)
        listen(listener)
      }
      if (listener.answer !== undefined) return Promise.resolve(listener.answer as Result)
      if (!current && gaveUp) return options.fallback.fetch<Result>(query, params)
      if (!current) waitForStudio()
      const waiting = listener
      return new Promise<Result>((resolve, reject) =>
        waiting.waiting.push({ resolve: resolve as (value: unknown) => void, reject }),
      )
    },
    stop() {
      if (timer) clearTimeout(timer)
      stop()
    },
  }
}

/** The source inside the Presentation tool for the app's configuration (see `contentSource`). */
export function createStudioSource(config: ContentConfig, fallback: ContentSource, onChange: () => void) {
  return createPresentationSource({
    onChange,
    fallback,
    // Where the Studio is: the frame's referrer (its origin, by the default referrer policy).
    studioUrl: document.referrer ? new URL(document.referrer).origin : '/',
    ...(config.kind === 'sanity' ? { project: { projectId: config.projectId, dataset: config.dataset } } : {}),
  })
}
