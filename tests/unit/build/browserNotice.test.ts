import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, createLogger, type Logger, type Rolldown } from 'vite'
import { afterAll, describe, expect, test } from 'vitest'
import {
  browserNotice,
  browserNoticeMarkup,
  escapeHtml,
  fallbackBrowserNotice,
  injectBrowserNotice,
  toNotice,
  type BrowserNoticeOptions,
} from '../../../build/browserNotice'
import { browserNoticeQuery } from '../../../src/content/queries'
import type { ContentSource } from '../../../src/content/sources/types'
import { readDataset, readDatasetText } from '../../support/dataset'
import { startFakeSanityApi } from '../../support/fake-sanity-api'

const work = mkdtempSync(join(tmpdir(), 'browser-notice-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const datasetNotice = toNotice(readDataset().find((doc) => doc._id === 'browserNotice'))
if (!datasetNotice) throw new Error('The sample dataset has no browserNotice.')

let runs = 0

/** A throwaway project: an index.html with the marker, its own (by default empty) env folder. */
function project(html: string, env = '') {
  const root = join(work, `project-${++runs}`)
  mkdirSync(root)
  writeFileSync(join(root, 'index.html'), html)
  if (env) writeFileSync(join(root, '.env'), env)
  return root
}

const page = `<!doctype html>
<html lang="sv">
  <head><title>Test</title></head>
  <body>
    <!-- browser-notice -->
    <div id="root"></div>
  </body>
</html>
`

function capturingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = []
  const logger = createLogger('silent')
  logger.warn = (message) => void warnings.push(message)
  logger.warnOnce = (message) => void warnings.push(message)
  return { logger, warnings }
}

/** Runs a real Vite build of `root` with the plugin and returns the built index.html. */
async function buildHtml(root: string, options: BrowserNoticeOptions = {}) {
  const { logger, warnings } = capturingLogger()
  const output = (await build({
    root,
    configFile: false,
    envDir: root,
    mode: 'production',
    customLogger: logger,
    logLevel: 'warn',
    plugins: [browserNotice(options)],
    build: { write: false, outDir: join(root, 'dist') },
  })) as Rolldown.RolldownOutput
  const asset = output.output.find((file) => file.fileName === 'index.html')
  if (!asset || asset.type !== 'asset') throw new Error('The build produced no index.html.')
  return { html: String(asset.source), warnings }
}

function datasetWith(notice: Record<string, unknown> | null) {
  const lines = readDatasetText()
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('"_id":"browserNotice"'))
  if (notice) lines.push(JSON.stringify({ _id: 'browserNotice', _type: 'browserNotice', ...notice }))
  const path = join(work, `dataset-${++runs}.ndjson`)
  writeFileSync(path, lines.join('\n') + '\n')
  return path
}

describe('escapeHtml', () => {
  test('escapes every character that could start markup or end an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    )
    expect(escapeHtml('Angående din webbläsare')).toBe('Angående din webbläsare')
  })
})

describe('the markup', () => {
  test('has a <noscript> block, a hidden block and the nomodule script that shows it', () => {
    const markup = browserNoticeMarkup({ title: 'Rubrik', body: 'Första stycket.\nSamma stycke.\n\nAndra stycket.' })
    expect(markup).toContain('<noscript><div class="browser-notice"><h2>Rubrik</h2>')
    expect(markup).toContain('<p>Första stycket.<br>Samma stycke.</p><p>Andra stycket.</p>')
    expect(markup).toMatch(/<div id="browser-notice" class="browser-notice" hidden><h2>Rubrik<\/h2>/)
    expect(markup).toMatch(/<script nomodule>[^<]*getElementById\('browser-notice'\)[^<]*removeAttribute\('hidden'\)/)
  })

  test('goes at the marker, or first in <body> without one', () => {
    expect(injectBrowserNotice('<body><!-- browser-notice --><div id="root"></div></body>', 'X')).toEqual({
      html: '<body>X<div id="root"></div></body>',
      atMarker: true,
    })
    const missing = injectBrowserNotice('<body class="a"><div id="root"></div></body>', 'X')
    expect(missing.atMarker).toBe(false)
    expect(missing.html).toMatch(/^<body class="a">\s*X<div id="root">/)
  })

  test("index.html has the marker before the app's root", () => {
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8')
    expect(html).toMatch(/<body>\s*<!-- browser-notice -->\s*<div id="root"><\/div>/)
  })
})

describe('the plugin in a build', () => {
  test("writes the bundled dataset's notice into the HTML, with its styles", async () => {
    const { html, warnings } = await buildHtml(project(page))
    expect(datasetNotice.title).toBe('Angående din webbläsare')
    expect(html).toContain(`<noscript><div class="browser-notice"><h2>${datasetNotice.title}</h2>`)
    expect(html).toContain(`<p>${escapeHtml(datasetNotice.body)}</p>`)
    expect(html).toContain(`<div id="browser-notice" class="browser-notice" hidden><h2>${datasetNotice.title}</h2>`)
    expect(html).toContain('<script nomodule>')
    expect(html).toMatch(/<head>[\s\S]*<style>\.browser-notice\{[\s\S]*<\/style>[\s\S]*<\/head>/)
    expect(html).not.toMatch(/<!--\s*browser-notice\s*-->/)
    expect(html.indexOf('id="browser-notice"')).toBeLessThan(html.indexOf('id="root"'))
    expect(warnings).toEqual([])
  })

  test('escapes a malicious notice: CMS text never becomes markup', async () => {
    const datasetPath = datasetWith({
      title: '<script>alert("title")</script>',
      body: '</noscript><img src=x onerror="alert(1)">\n\n<script>alert(2)</script> & more',
    })
    const { html } = await buildHtml(project(page), { datasetPath })
    expect(html).toContain('<h2>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h2>')
    expect(html).toContain('<p>&lt;/noscript&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>')
    expect(html).toContain('<p>&lt;script&gt;alert(2)&lt;/script&gt; &amp; more</p>')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img')
    // The only script is the plugin's own; the only </noscript> closes its block.
    expect(html.match(/<script\b/g)).toEqual(['<script'])
    expect(html.match(/<\/noscript>/g)).toHaveLength(1)
  })

  test('falls back to the built-in text, with a warning, when the dataset has no notice', async () => {
    const { html, warnings } = await buildHtml(project(page), { datasetPath: datasetWith(null) })
    expect(html).toContain(`<h2>${fallbackBrowserNotice.title}</h2>`)
    expect(html).toContain('Slå på JavaScript')
    expect(warnings.join('\n')).toMatch(/no browserNotice/)
  })

  test('falls back, with a warning, when a notice has no text', async () => {
    const { html, warnings } = await buildHtml(project(page), { datasetPath: datasetWith({ title: 'Bara rubrik' }) })
    expect(html).not.toContain('Bara rubrik')
    expect(html).toContain(`<h2>${fallbackBrowserNotice.title}</h2>`)
    expect(warnings).toHaveLength(1)
  })

  test('falls back, with a warning, when the content cannot be fetched: the build does not fail', async () => {
    const failing: ContentSource = {
      name: 'sanity',
      fetch: () => Promise.reject(new Error('getaddrinfo ENOTFOUND')),
    }
    const { html, warnings } = await buildHtml(project(page), { source: failing })
    expect(html).toContain(`<h2>${fallbackBrowserNotice.title}</h2>`)
    expect(warnings.join('\n')).toMatch(/could not be fetched \(getaddrinfo ENOTFOUND\)/)
  })

  test('falls back, with a warning, when the dataset file cannot be read', async () => {
    const { html, warnings } = await buildHtml(project(page), { datasetPath: join(work, 'missing.ndjson') })
    expect(html).toContain(`<h2>${fallbackBrowserNotice.title}</h2>`)
    expect(warnings.join('\n')).toMatch(/could not be fetched/)
  })

  test('warns and still injects when index.html lost its marker', async () => {
    const { html, warnings } = await buildHtml(project(page.replace('<!-- browser-notice -->', '')))
    expect(html).toMatch(/<body>\s*<noscript>/)
    expect(warnings.join('\n')).toMatch(/no <!-- browser-notice --> marker/)
  })

  test('asks Sanity, like the app, when VITE_SANITY_PROJECT_ID is set', async () => {
    const api = await startFakeSanityApi(
      readDataset().map((doc) => (doc._id === 'browserNotice' ? { ...doc, title: 'Från Sanity' } : doc)),
    )
    try {
      const root = project(page, `VITE_SANITY_PROJECT_ID=test\nVITE_SANITY_API_HOST=${api.url}\n`)
      const { html, warnings } = await buildHtml(root)
      expect(html).toContain('<h2>Från Sanity</h2>')
      expect(warnings).toEqual([])
      expect(api.requests.map((request) => request.query)).toEqual([browserNoticeQuery])
    } finally {
      await api.close()
    }
  })
})
