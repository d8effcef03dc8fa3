import { createHash } from 'node:crypto'
import type { ContentConfig } from '../src/content/env.ts'
import type { Report } from '../src/content/report.ts'
import { paths } from '../model/urls.ts'
import { normalizeLegacyArticlePath } from '../model/legacyRules.ts'

/*
 * What a static host is told besides the files: `_headers` (security headers) and `_redirects`
 * (old addresses), in the format Netlify and Cloudflare Pages read from the build folder. The
 * README shows the same for nginx.
 */

/** The inline scripts a page runs, as written in the built index.html (`type="module"` or classic). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? ''
    if (/\bsrc\s*=/i.test(attributes)) continue
    // Data blocks (the page's content as JSON) are never run, so a policy does not apply to them.
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase()
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue
    scripts.push(match[2] ?? '')
  }
  return scripts
}

/** A CSP source for an inline script: its sha256, as the browser computes it. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`
}

/** Sanity's API hosts the app reads from (none with the bundled dataset). */
export function contentOrigins(config: ContentConfig): string[] {
  if (config.kind !== 'sanity') return []
  if (config.apiHost) return [new URL(config.apiHost).origin]
  return [`https://${config.projectId}.apicdn.sanity.io`, `https://${config.projectId}.api.sanity.io`]
}

export interface PolicyOptions {
  /** The inline scripts every page carries (the start script, the old-browser notice's script). */
  scripts: readonly string[]
  /** Origins the app asks for content. */
  connect: readonly string[]
  /** Origins images come from besides the site (Sanity's image CDN). */
  images?: readonly string[]
}

/**
 * The Content-Security-Policy of every page, without `frame-ancestors` (that differs between
 * embeds and the rest; see `headersFile`). Scripts: the app's own files and the inline scripts
 * by hash, nothing inline otherwise. Styles allow inline `style` attributes: the chart and the
 * slide animation set them.
 */
export function contentSecurityPolicy({ scripts, connect, images = [] }: PolicyOptions): string {
  const hashes = [...new Set(scripts.map(scriptHash))]
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images.join(' ')}`.trim(),
    "font-src 'self'",
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

export const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const

/**
 * `_headers`: the policy and the base headers for every address; `frame-ancestors 'self'` for
 * every page but the embeds, which any site may frame (`frame-ancestors *`). Both hosts add up
 * the headers of every rule that matches, and a browser enforces each policy it gets, so the
 * framing rule must not match the embeds: it is written per page (`pages`, with and without the
 * trailing slash) rather than as a wildcard the embeds would fall under too.
 */
export function headersFile(policy: string, pages: readonly string[], studioOrigins: readonly string[] = []): string {
  const lines = ['# Security headers for Netlify and Cloudflare Pages (written by `npm run build`).', '/*']
  lines.push(`  Content-Security-Policy: ${policy}`)
  for (const [name, value] of Object.entries(baseHeaders)) lines.push(`  ${name}: ${value}`)
  const framed = (path: string) => path.endsWith(`/embed`)
  // The Studio's Presentation tool frames every page beside the document form.
  const ancestors = ["'self'", ...studioOrigins].join(' ')
  for (const path of pages) {
    const value = framed(path) ? 'frame-ancestors *' : `frame-ancestors ${ancestors}`
    for (const variant of path === '/' ? ['/'] : [path, `${path}/`])
      lines.push(variant, `  Content-Security-Policy: ${value}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * The Studio's origin from `VITE_SANITY_STUDIO_URL` (see .env.example), which may frame the
 * pages in its Presentation tool; none when unset. Anything but an http(s) address stops the
 * build, naming the setting.
 */
export function studioOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return []
  let url: URL | undefined
  try {
    url = new URL(value.trim())
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`VITE_SANITY_STUDIO_URL "${value}" is not the address of a Studio (https://…).`)
  }
  return [url.origin]
}

/** One redirect of the previous site: Netlify's query condition, when there is one. */
export interface LegacyRedirectRule {
  from: string
  query?: string
  to: string
}

/**
 * Where the previous site's addresses lead, from the content: each area with a `legacyCode`
 * (`/arsberattelser/{year}/?omrade={code}`) and each article with a `legacyPath`.
 */
export function legacyRedirectRules(reports: readonly Report[]): LegacyRedirectRule[] {
  const rules: LegacyRedirectRule[] = []
  const seen = new Set<string>()
  const add = (rule: LegacyRedirectRule) => {
    const key = `${rule.from} ${rule.query ?? ''}`
    if (seen.has(key)) return // the first in report order wins, as in the app
    seen.add(key)
    rules.push(rule)
  }
  for (const report of reports) {
    for (const area of report.areas) {
      const code = area.legacyCode?.trim().toLowerCase()
      if (!code || !/^[a-z0-9_-]+$/.test(code)) continue
      const to = paths.area(report.year, area.slug)
      for (const from of [`/arsberattelser/${report.year}/`, `/arsberattelser/${report.year}`])
        add({ from, query: `omrade=${code}`, to })
    }
  }
  for (const report of reports) {
    for (const area of report.areas) {
      for (const article of area.articles) {
        const path = normalizeLegacyArticlePath(article.legacyPath)
        if (!path) continue
        const to = paths.article(report.year, area.slug, article.slug)
        for (const from of [`${path}/`, path]) add({ from, to })
      }
    }
  }
  return rules
}

/**
 * `_redirects`: the article paths for both hosts; the report pages as Netlify query conditions,
 * which Cloudflare Pages skips (it reads three fields a line), leaving them to the app on the
 * not-found page. No rule for `/arsberattelser/{year}/` alone: on Cloudflare it would catch the
 * addresses with `?omrade=` too and lose the area.
 */
export function redirectsFile(rules: readonly LegacyRedirectRule[]): string {
  const lines = ['# Addresses of the previous report site (written by `npm run build` from the content).']
  for (const rule of rules) lines.push([rule.from, rule.query, rule.to, '301'].filter(Boolean).join(' '))
  return `${lines.join('\n')}\n`
}
