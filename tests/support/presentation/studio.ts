import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { ContentSourceMap } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { build, type Rollup } from 'vite'
import type { SanityDocumentLike } from '../../../src/content/sources/bundled'

/**
 * What the Studio answers in the drafts perspective: each draft in place of its published
 * document (under the published id, as Sanity's API returns it), and the documents the
 * answer came from.
 */
export function draftsPerspective(documents: readonly SanityDocumentLike[]) {
  const byId = new Map<string, SanityDocumentLike & { _originalId: string }>()
  for (const doc of documents) {
    if (doc._id.startsWith('versions.')) continue
    const id = doc._id.replace(/^drafts\./, '')
    if (doc._id.startsWith('drafts.') || !byId.has(id)) byId.set(id, { ...doc, _id: id, _originalId: doc._id })
  }
  return [...byId.values()]
}

const jsonPath = (path: readonly (string | number)[]) =>
  `$${path.map((part) => (typeof part === 'number' ? `[${part}]` : `['${part}']`)).join('')}`

/**
 * A content source map as Sanity's API sends it (`resultSourceMap`), for a result whose
 * documents are projected with their `_id` (as the app's queries do): every object with an
 * `_id` maps to that document, its fields to the document's fields of the same name.
 */
export function sourceMapFor(
  result: unknown,
  documents: readonly { _id: string; _type: string; _originalId?: string }[],
) {
  const map: ContentSourceMap = { documents: [], paths: ['$'], mappings: {} }
  const index = new Map<string, number>()
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]))
    if (typeof value !== 'object' || value === null) return
    const id = (value as { _id?: unknown })._id
    const document = typeof id === 'string' ? documents.find((doc) => doc._id === id) : undefined
    if (document) {
      if (!index.has(document._id)) {
        index.set(document._id, map.documents.length)
        map.documents.push({ _id: document._originalId ?? document._id, _type: document._type })
      }
      map.mappings[jsonPath(path)] = {
        type: 'value',
        source: { type: 'documentValue', document: index.get(document._id)!, path: 0 },
      }
    }
    for (const [key, child] of Object.entries(value)) walk(child, [...path, key])
  }
  walk(result, [])
  return map
}

/** Runs a query as the Studio does for the app: drafts perspective, with a source map. */
export async function answerQuery(
  documents: readonly SanityDocumentLike[],
  query: string,
  params: Record<string, unknown>,
) {
  const view = draftsPerspective(documents)
  const result = await (await evaluate(parse(query, { params }), { dataset: view, params })).get()
  return { result, resultSourceMap: sourceMapFor(result, view) }
}

let hostScript: Promise<string> | undefined

/** The Studio side's script, bundled once for the browser. */
function bundleHostScript(): Promise<string> {
  hostScript ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: resolve(process.cwd(), 'tests/support/presentation/studio-host.ts') },
    },
  }).then((output) => {
    const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[]
    const chunk = outputs.flatMap((o) => o.output).find((file) => file.type === 'chunk' && file.isEntry)
    if (!chunk || chunk.type !== 'chunk') throw new Error('The Studio host script did not build.')
    return chunk.code
  })
  return hostScript
}

/**
 * A page on its own origin (another port than the app's) that frames the app at `appUrl`, as
 * the Studio's Presentation tool does, and runs the Studio's side of the protocol.
 */
export async function startStudioHost(appUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const script = await bundleHostScript()
  const server: Server = createServer((request, response) => {
    if (request.url === '/host.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script)
      return
    }
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="sv"><title>Studio</title><body style="margin:0">` +
          `<iframe title="Förhandsvisning" src="${appUrl}" style="width:100vw;height:100vh;border:0"></iframe>` +
          `<script type="module" src="/host.js"></script></body></html>`,
      )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
