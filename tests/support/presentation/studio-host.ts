/*
 * The Studio's side of the Presentation protocol, run in a browser page that frames the app
 * (bundled by `studio.ts`). It does what Sanity's Presentation tool does over @sanity/comlink:
 * a "loaders" channel that tells the app the perspective and answers its queries
 * (`loader/query-listen` → `loader/query-change`, with a source map), and a "visual-editing"
 * channel that hears the overlay's clicks and the app's navigation. Answers come from the test
 * (`window.answerQuery`, exposed by Playwright), so the test decides what the drafts hold.
 */
import type { ContentSourceMap } from '@sanity/client'
import { createConnectionMachine, createController } from '@sanity/comlink'
import {
  createCompatibilityActors,
  type LoaderControllerMsg,
  type LoaderNodeMsg,
  type VisualEditingControllerMsg,
  type VisualEditingNodeMsg,
} from '@sanity/presentation-comlink'

type Answer = { result: unknown; resultSourceMap: ContentSourceMap }
type Listen = Extract<LoaderNodeMsg, { type: 'loader/query-listen' }>['data']

declare global {
  interface Window {
    answerQuery(query: string, params: Record<string, unknown>): Promise<Answer>
    studio: {
      queries: () => Listen[]
      focus: unknown[]
      navigations: { type: string; url: string }[]
      documents: string[]
      resend: () => Promise<void>
      navigate: (url: string) => void
    }
  }
}

const frame = document.querySelector('iframe')!
const controller = createController({ targetOrigin: new URL(frame.src).origin })
controller.addTarget(frame.contentWindow!)

const loaders = controller.createChannel<LoaderControllerMsg, LoaderNodeMsg>(
  { name: 'presentation', connectTo: 'loaders', heartbeat: true },
  createConnectionMachine<LoaderControllerMsg, LoaderNodeMsg>().provide({ actors: createCompatibilityActors() }),
)
const overlays = controller.createChannel<VisualEditingControllerMsg, VisualEditingNodeMsg>(
  { name: 'presentation', connectTo: 'visual-editing', heartbeat: true },
  createConnectionMachine<VisualEditingControllerMsg, VisualEditingNodeMsg>().provide({
    actors: createCompatibilityActors(),
  }),
)

const perspective = { projectId: 'arsberattelse', dataset: 'production', perspective: 'drafts' as const }
const listened = new Map<string, Listen>()

async function send({ query, params }: Listen) {
  const { result, resultSourceMap } = await window.answerQuery(query, params)
  loaders.post('loader/query-change', { ...perspective, query, params, result, resultSourceMap })
}

window.studio = {
  queries: () => [...listened.values()],
  focus: [],
  navigations: [],
  documents: [],
  resend: async () => {
    await Promise.all([...listened.values()].map(send))
  },
  navigate: (url) => overlays.post('presentation/navigate', { type: 'push', url }),
}

loaders.on('loader/query-listen', (data) => {
  listened.set(`${data.query}${JSON.stringify(data.params)}`, data)
  void send(data)
})
loaders.on('loader/documents', (data) => {
  window.studio.documents = data.documents.map((document) => document._id)
})
overlays.on('visual-editing/focus', (data) => {
  window.studio.focus.push(data)
})
overlays.on('visual-editing/navigate', (data) => {
  window.studio.navigations.push(data)
})

loaders.post('loader/perspective', perspective)
loaders.start()
overlays.start()
