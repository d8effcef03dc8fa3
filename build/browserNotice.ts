import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { loadEnv, type HtmlTagDescriptor, type Plugin, type ResolvedConfig } from 'vite'
import { readContentConfig } from '../src/content/env.ts'
import { browserNoticeQuery } from '../src/content/queries.ts'
import type { BrowserNoticeQueryResult } from '../model/sanity.types.ts'
import { createBundledSource } from '../src/content/sources/bundled.ts'
import type { ContentSource } from '../src/content/sources/types.ts'
import { escapeHtml } from '../src/shared/html.ts'

export { escapeHtml }

/**
 * Writes the CMS's browser notice ("Angående din webbläsare") into index.html, for browsers
 * that cannot run the app: with JavaScript off (a <noscript> block) or without ES modules (a
 * hidden block that a `nomodule` script shows; those browsers skip the app's module script, so
 * nothing else runs). A modern browser with JavaScript on never shows it.
 *
 * The notice is asked at build time (and on every page in dev) from the same content source and
 * query layer as the app. A failed request or a missing notice never fails the build: the
 * built-in text below is used instead, with a warning.
 */

export interface Notice {
  title: string
  body: string
}

/** Where the notice goes in index.html. */
export const browserNoticeMarker = /<!--\s*browser-notice\s*-->/

/** Used when the CMS cannot be asked or has no notice. */
export const fallbackBrowserNotice: Notice = {
  title: 'Angående din webbläsare',
  body:
    'Din webbläsare kan inte visa årsberättelsen. Den behöver JavaScript och en modern webbläsare.\n\n' +
    'Slå på JavaScript, eller använd den senaste versionen av till exempel Google Chrome, Firefox, ' +
    'Safari eller Microsoft Edge.',
}

const defaultDatasetPath = fileURLToPath(new URL('../sanity/dataset/production.ndjson', import.meta.url))
const fetchTimeoutMs = 15_000

/** The id of the block the `nomodule` script shows. */
export const browserNoticeId = 'browser-notice'

// Old browsers read this too: plain CSS without custom properties. Colours as in global.css.
const css = [
  '.browser-notice{box-sizing:border-box;width:calc(100% - 2rem);max-width:42rem;margin:1rem auto;',
  'padding:1rem 1.25rem;border:2px solid #b3401b;border-radius:.5rem;background:#fff;color:#1a1f24;',
  "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;",
  'font-size:1rem;line-height:1.5;word-wrap:break-word;overflow-wrap:break-word}',
  '.browser-notice h2{margin:0 0 .5rem;font-size:1.375rem;line-height:1.2}',
  '.browser-notice p{margin:.5rem 0 0}',
  '.browser-notice[hidden]{display:none}',
].join('')

// ES5 on purpose: it runs only in browsers that are too old for the app.
const showScript = `(function(){var n=document.getElementById('${browserNoticeId}');if(n)n.removeAttribute('hidden')})()`

/** The notice's text as HTML: a heading, then a paragraph per blank-line-separated part. */
export function noticeContent(notice: Notice): string {
  const paragraphs = notice.body
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.split(/\r?\n/).map(escapeHtml).join('<br>')}</p>`)
  return `<h2>${escapeHtml(notice.title.trim())}</h2>${paragraphs.join('')}`
}

/** What replaces the marker: the <noscript> block, the hidden block and the script that shows it. */
export function browserNoticeMarkup(notice: Notice): string {
  const content = noticeContent(notice)
  return [
    `<noscript><div class="browser-notice">${content}</div></noscript>`,
    `<div id="${browserNoticeId}" class="browser-notice" hidden>${content}</div>`,
    `<script nomodule>${showScript}</script>`,
  ].join('\n    ')
}

/** The notice's styles, for <head>. */
export const browserNoticeStyle: HtmlTagDescriptor = { tag: 'style', children: css, injectTo: 'head' }

/** Puts the markup at the marker (or, when the marker is missing, first in <body>). */
export function injectBrowserNotice(html: string, markup: string): { html: string; atMarker: boolean } {
  if (browserNoticeMarker.test(html)) return { html: html.replace(browserNoticeMarker, () => markup), atMarker: true }
  const body = /<body[^>]*>/i.exec(html)
  if (!body) return { html: markup + html, atMarker: false }
  const end = body.index + body[0].length
  return { html: `${html.slice(0, end)}\n    ${markup}${html.slice(end)}`, atMarker: false }
}

/** A usable notice from a query answer, or null (missing, malformed or empty). */
export function toNotice(raw: unknown): Notice | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { title, body } = raw as { title?: unknown; body?: unknown }
  if (typeof title !== 'string' || title.trim() === '') return null
  if (typeof body !== 'string' || body.trim() === '') return null
  return { title, body }
}

export interface BrowserNoticeOptions {
  /** Answer the query from this source instead of the one the environment chooses. */
  source?: ContentSource
  /** The bundled dataset (default: sanity/dataset/production.ndjson). */
  datasetPath?: string
}

/** The content source the app would use, chosen from the same VITE_ settings. */
export async function sourceForEnv(
  env: Record<string, string | boolean | undefined>,
  datasetPath: string = defaultDatasetPath,
): Promise<ContentSource> {
  const config = readContentConfig(env)
  if (config.kind === 'sanity') {
    const { createSanitySource } = await import('../src/content/sources/sanity.ts')
    return createSanitySource(config)
  }
  return createBundledSource(() => readFile(datasetPath, 'utf8'))
}

export function browserNotice(options: BrowserNoticeOptions = {}): Plugin {
  let config: ResolvedConfig | undefined
  let cached: Promise<Notice> | undefined

  const warn = (message: string) => {
    const text = `[browser-notice] ${message}`
    if (config) config.logger.warn(text, { timestamp: true })
    else console.warn(text)
  }

  async function fetchNotice(): Promise<Notice> {
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const env = config ? loadEnv(config.mode, config.envDir, 'VITE_') : {}
      const source = options.source ?? (await sourceForEnv(env, options.datasetPath))
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${fetchTimeoutMs / 1000} s`)), fetchTimeoutMs)
      })
      const raw = await Promise.race([source.fetch<BrowserNoticeQueryResult>(browserNoticeQuery, {}), timeout])
      const notice = toNotice(raw)
      if (notice) return notice
      warn(`The ${source.name} content has no browserNotice with a title and a text; using the built-in text.`)
    } catch (error) {
      warn(`The browserNotice could not be fetched (${(error as Error).message}); using the built-in text.`)
    } finally {
      clearTimeout(timer)
    }
    return fallbackBrowserNotice
  }

  return {
    name: 'arsberattelse:browser-notice',
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // One request per build; in dev, every page load asks again so edits show up.
        const notice = await (config?.command === 'build' ? (cached ??= fetchNotice()) : fetchNotice())
        const result = injectBrowserNotice(html, browserNoticeMarkup(notice))
        if (!result.atMarker) warn('index.html has no <!-- browser-notice --> marker; the notice went first in <body>.')
        return { html: result.html, tags: [browserNoticeStyle] }
      },
    },
  }
}
