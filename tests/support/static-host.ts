import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

/*
 * A static host as the README describes it, for browser tests of what the build tells a host:
 * pages at `{path}/index.html` (with or without a trailing slash), 404.html with status 404 for
 * anything else, and the headers of `_headers` (Netlify's and Cloudflare Pages' format: every
 * rule whose path matches adds its headers; `*` matches anything).
 */

interface HeaderRule {
  pattern: RegExp
  headers: [string, string][]
}

export function readHeaderRules(file: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] })
    } else {
      const at = line.indexOf(':')
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
    }
  }
  return rules
}

/** The headers for a path: every matching rule's, values of one name joined as the hosts do. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value
  }
  return headers
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ndjson': 'application/x-ndjson',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
}

export function startStaticHost(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const base = resolve(root)
  const rules = readHeaderRules(join(base, '_headers'))
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host.invalid')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      pathname = '/'
    }
    const candidates = [join(base, pathname), join(base, pathname, 'index.html')]
    let file = candidates.find(
      (candidate) =>
        (candidate === base || candidate.startsWith(base + sep)) &&
        existsSync(candidate) &&
        statSync(candidate).isFile(),
    )
    let status = 200
    if (!file) {
      file = join(base, '404.html')
      status = 404
    }
    response.writeHead(status, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      ...headersFor(rules, url.pathname),
    })
    createReadStream(file).pipe(response)
  })
  return new Promise((done) => server.listen(port, host, () => done(server)))
}

/** A page of another origin that frames `src`s. */
export function startFramingHost(port: number, frames: readonly string[], host = '127.0.0.1'): Promise<Server> {
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Värdsida</title></head><body>
${frames.map((src, index) => `<iframe id="frame-${index}" title="Inbäddad ${index}" src="${src}" width="640" height="480"></iframe>`).join('\n')}
</body></html>`
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(html)
  })
  return new Promise((done) => server.listen(port, host, () => done(server)))
}
