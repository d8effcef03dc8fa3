import { existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, resolve, sep } from 'node:path'
import { notFoundFile } from './prerenderRoutes.ts'

/**
 * For `vite preview`, what a static host does with the prerendered pages: a page address
 * (`/2018/halso-och-sjukvard`, with or without a trailing slash) is served its
 * `{path}/index.html`. An address with no page gets 404.html, the not-found page (status 200,
 * like the SPA fallback it replaces: the app in the browser then renders whatever the address
 * is; a static host answers 404). Files (anything with an extension) are left to Vite.
 */
export function prerenderedPagesMiddleware(outDir: string) {
  const root = resolve(outDir)
  return function prerenderedPages(req: IncomingMessage, _res: ServerResponse, next: () => void): void {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next()
    const accept = req.headers.accept
    if (accept && !accept.includes('text/html') && !accept.includes('*/*')) return next()
    const rewritten = pageFileFor(root, req.url)
    if (rewritten !== null) req.url = rewritten
    next()
  }
}

/** The URL of the file to serve for a request URL, or null to leave the request alone. */
export function pageFileFor(root: string, url: string): string | null {
  const queryStart = url.search(/[?#]/)
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart)
  const query = queryStart === -1 ? '' : url.slice(queryStart)
  let pathname: string
  try {
    pathname = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  const last = pathname.slice(pathname.lastIndexOf('/') + 1)
  if (!pathname.startsWith('/') || last.includes('.') || pathname.includes('\0')) return null
  const dir = resolve(root, `.${pathname}`)
  if (dir !== root && !dir.startsWith(root + sep)) return null
  const index = join(dir, 'index.html')
  if (isFile(index)) return `${rawPath.replace(/\/+$/, '')}/index.html${query}`
  if (isFile(join(root, notFoundFile))) return `/${notFoundFile}${query}`
  return null
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}
