import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sirv from 'sirv'
import { compress } from './sizes.ts'

/** Where the floor page is served, beside the app. */
export const FLOOR_PATH = '/__floor/'

/** Files a host compresses (text); images and fonts are sent as they are. */
const compressible = /\.(?:html|js|mjs|css|svg|json|ndjson|txt|xml|webmanifest)$/

export interface Site {
  root: string
  /** Whether the build has the area view as its own HTML file. */
  prerendered: boolean
  remove(): void
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/**
 * A copy of the build (and the floor page, at FLOOR_PATH) with `.gz` and `.br` files beside
 * every text file, as a host that precompresses at deploy time has them. The build folder
 * itself is left as it is.
 */
export function prepareSite(distDir: string, floorDir: string, areaViewRoute: string): Site {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} has no index.html: build the app first.`)
  const root = mkdtempSync(join(tmpdir(), 'bench-site-'))
  cpSync(distDir, root, { recursive: true })
  cpSync(floorDir, join(root, ...FLOOR_PATH.split('/').filter(Boolean)), { recursive: true })
  for (const file of walk(root)) {
    if (!compressible.test(file)) continue
    const { gzip, brotli } = compress(readFileSync(file))
    writeFileSync(`${file}.gz`, gzip)
    writeFileSync(`${file}.br`, brotli)
  }
  const prerendered = existsSync(join(root, ...areaViewRoute.split('/').filter(Boolean), 'index.html'))
  return { root, prerendered, remove: () => rmSync(root, { recursive: true, force: true }) }
}

export interface Request {
  url: string
  status: number
  encoding: string | null
}

export interface Server {
  origin: string
  /** Every request answered, in order (for checks; cleared by the caller when it likes). */
  requests: Request[]
  close(): Promise<void>
}

/**
 * Serves a prepared site on 127.0.0.1 at a free port as a static host would: precompressed
 * files by Accept-Encoding, hashed assets cached for a year, HTML revalidated. Without
 * prerendered pages, app routes fall back to index.html (an SPA); with them, an unknown
 * address gets 404.html with status 404.
 */
export async function startServer(site: Site): Promise<Server> {
  const requests: Request[] = []
  const notFoundPage = join(site.root, '404.html')
  const files = sirv(site.root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    single: !site.prerendered,
    setHeaders(res: ServerResponse, pathname: string) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
      if (pathname.endsWith('.ndjson')) res.setHeader('Content-Type', 'application/x-ndjson')
    },
    onNoMatch(req: IncomingMessage, res: ServerResponse) {
      if (!existsSync(notFoundPage)) {
        res.statusCode = 404
        res.end('Not found')
        return
      }
      const brotli = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${notFoundPage}.br`)
      const body = readFileSync(brotli ? `${notFoundPage}.br` : notFoundPage)
      res.writeHead(404, {
        'Content-Type': 'text/html;charset=utf-8',
        'Cache-Control': 'no-cache',
        ...(brotli ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
      })
      res.end(body)
    },
  })
  const server = createServer((req, res) => {
    res.on('finish', () => {
      const encoding = res.getHeader('Content-Encoding')
      requests.push({
        url: req.url ?? '',
        status: res.statusCode,
        encoding: typeof encoding === 'string' ? encoding : null,
      })
    })
    files(req, res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
