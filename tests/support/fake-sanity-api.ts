import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, parse } from 'groq-js'
import { publishedDocuments, type SanityDocumentLike } from '../../src/content/sources/bundled'

export interface FakeSanityApi {
  /** e.g. http://127.0.0.1:43123, for @sanity/client's `apiHost`. */
  url: string
  /** Every query request received, for asserting how many were made. */
  requests: {
    method: string
    path: string
    query: string
    params: Record<string, unknown>
    perspective: string | null
    authorization: string | undefined
  }[]
  close: () => Promise<void>
}

/**
 * A loopback stand-in for Sanity's query endpoint (GET /v{version}/data/query/{dataset}?query=…
 * &$param=<JSON>, or POST with {query, params}), answering from a dataset with groq-js and the
 * published perspective, so the real @sanity/client can be exercised without the network.
 */
export async function startFakeSanityApi(
  documents: SanityDocumentLike[],
  {
    dataset = 'production',
    port = 0,
    cors = true,
    session = false,
  }: {
    dataset?: string
    port?: number
    cors?: boolean
    /** Whether `/users/me` names a logged-in user (as when the browser sends the session cookie). */
    session?: boolean
  } = {},
): Promise<FakeSanityApi> {
  const published = publishedDocuments(documents)
  // The drafts perspective: each document's draft where it has one, else the published version.
  const drafts = [
    ...documents
      .filter((doc) => doc._id.startsWith('drafts.'))
      .map((doc) => ({ ...doc, _id: doc._id.slice('drafts.'.length) })),
    ...published.filter((doc) => !documents.some((d) => d._id === `drafts.${doc._id}`)),
  ]
  const requests: FakeSanityApi['requests'] = []
  const route = new RegExp(`^/v[^/]+/data/query/${dataset}$`)

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }))
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (cors) {
      res.setHeader('access-control-allow-origin', req.headers.origin ?? '*')
      res.setHeader('access-control-allow-headers', '*')
    }
    if (req.method === 'OPTIONS') return send(res, 204, null)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (/^\/v[^/]+\/users\/me$/.test(url.pathname)) {
      return send(res, 200, session ? { id: 'p-redaktor', name: 'Redaktör' } : {})
    }
    if (!route.test(url.pathname)) return send(res, 404, { error: 'Not found' })

    let query: string | null
    const params: Record<string, unknown> = {}
    if (req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as { query?: string; params?: Record<string, unknown> }
      query = body.query ?? null
      Object.assign(params, body.params)
    } else {
      query = url.searchParams.get('query')
      for (const [name, value] of url.searchParams) {
        if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
      }
    }
    if (!query) return send(res, 400, { error: 'Missing query' })
    const perspective = url.searchParams.get('perspective')
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      params,
      perspective,
      authorization: req.headers.authorization,
    })
    const dataset = perspective === 'drafts' ? drafts : published
    const result = await (await evaluate(parse(query, { params }), { dataset, params })).get()
    return send(res, 200, { query, result, ms: 1 })
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actualPort}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status
  if (body === null) return res.end()
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.end(JSON.stringify(body))
}
