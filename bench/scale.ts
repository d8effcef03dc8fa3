/**
 * `npm run bench:scale`: how the app's costs grow as years accumulate. For a synthetic dataset
 * (bench/scaleDataset.ts) of 1×, 5× and 20× the sample's years, it builds the app
 * (`PRERENDER_DATASET`; the dataset in a temporary folder, the build in node_modules/.bench-scale)
 * and records the build's time and peak memory
 * (`/usr/bin/time -v`), the pages and their size, what a reader downloads (brotli) for a first
 * view and for a year switch (in Chromium, from the files the browser asked for), and how long
 * groq-js takes to answer the report query. Writes a table into BENCHMARKS.md between its
 * `bench:scale` markers.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { reportQuery } from '../src/content/queries.ts'
import { createBundledSource } from '../src/content/sources/bundled.ts'
import { launchBrowser, newContext } from './browser.ts'
import { startServer } from './server.ts'
import { scaleDataset } from './scaleDataset.ts'
import { log, reportFile, root, startClock } from './settings.ts'
import { compress } from './sizes.ts'
import { writeMarkdown } from './writeMarkdown.ts'

const FACTORS = [1, 5, 20]
const QUERY_RUNS = 5
const FIRST_VIEW = '/2019/halso-och-sjukvard'
const SWITCH_TO = 2018
const START = '<!-- bench:scale:start -->'
const END = '<!-- bench:scale:end -->'

interface Download {
  path: string
  kind: 'html' | 'js' | 'css' | 'content' | 'other'
  brotli: number
}

interface ScaleResult {
  factor: number
  years: number
  documents: number
  datasetBytes: number
  buildMs: number
  prerenderMs: number | null
  peakRssBytes: number | null
  pages: number
  htmlBytes: number
  distBytes: number
  firstView: Download[]
  yearSwitch: Download[]
  queryFirstMs: number
  queryMedianMs: number
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

async function queryTimes(ndjson: string): Promise<{ first: number; median: number }> {
  const source = createBundledSource(async () => ndjson)
  let started = performance.now()
  await source.fetch(reportQuery, { year: null })
  const first = performance.now() - started
  const times: number[] = []
  for (let run = 0; run < QUERY_RUNS; run++) {
    started = performance.now()
    await source.fetch(reportQuery, { year: SWITCH_TO })
    times.push(performance.now() - started)
  }
  return { first, median: median(times) }
}

function build(datasetFile: string, outDir: string) {
  const started = performance.now()
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PRERENDER_DATASET: datasetFile },
      maxBuffer: 256 * 1024 * 1024,
    },
  )
  const ms = performance.now() - started
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.status !== 0) throw new Error(`The build failed (exit ${result.status}):\n${output.slice(-4000)}`)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)
  const prerender = /\[prerender\] (\d+) pages .* in ([\d.]+) s/.exec(output)
  return {
    ms,
    peakRssBytes: rss ? Number(rss[1]) * 1024 : null,
    prerenderMs: prerender ? Number(prerender[2]) * 1000 : null,
  }
}

function kindOf(path: string): Download['kind'] {
  if (path.startsWith('/assets/content/')) return 'content'
  if (/\.m?js$/.test(path)) return 'js'
  if (path.endsWith('.css')) return 'css'
  if (!/\.[a-z0-9]+$/i.test(path)) return 'html'
  return 'other'
}

function fileForPath(outDir: string, path: string): string | null {
  const candidates = [join(outDir, path), join(outDir, path, 'index.html')]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null
}

/** In Chromium: the files a reader's browser asks for on a first view, and then on a year switch. */
async function readerDownloads(outDir: string): Promise<{ firstView: Download[]; yearSwitch: Download[] }> {
  const server = await startServer({ root: outDir, prerendered: true, remove: () => {} })
  const browser = await launchBrowser()
  try {
    const context = await newContext(browser)
    const page = await context.newPage()
    let paths: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.origin === server.origin) paths.push(url.pathname)
    })
    const downloads = () =>
      paths.map((path): Download => {
        const file = fileForPath(outDir, path)
        return { path, kind: kindOf(path), brotli: file ? compress(readFileSync(file)).brotli.length : 0 }
      })
    await page.goto(server.origin + FIRST_VIEW, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
    await page.waitForLoadState('networkidle')
    const firstView = downloads()
    paths = []
    await page
      .getByRole('navigation', { name: 'Välj år' })
      .getByRole('link', { name: String(SWITCH_TO), exact: true })
      .click()
    await page.waitForURL((url) => url.pathname.startsWith(`/${SWITCH_TO}`))
    await page.getByRole('link', { name: new RegExp(`Årsberättelse ${SWITCH_TO}`) }).waitFor()
    await page.waitForLoadState('networkidle')
    return { firstView, yearSwitch: downloads() }
  } finally {
    await browser.close()
    await server.close()
  }
}

async function measureFactor(factor: number, workDir: string): Promise<ScaleResult> {
  const dataset = scaleDataset(factor, root)
  const datasetFile = join(workDir, `exempelregion-${factor}x.ndjson`)
  writeFileSync(datasetFile, dataset.ndjson)
  log(`${factor}×: ${dataset.years.length} years, ${dataset.documents} documents; groq-js…`)
  const query = await queryTimes(dataset.ndjson)
  log(`${factor}×: building…`)
  // Inside the checkout, so that the prerenderer's Node build finds node_modules.
  const outDir = join(root, 'node_modules', '.bench-scale', `dist-${factor}x`)
  const built = build(datasetFile, outDir)
  const files = walk(outDir)
  const html = files.filter((file) => file.endsWith('.html'))
  const htmlBytes = html.reduce((sum, file) => sum + statSync(file).size, 0)
  const distBytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
  log(`${factor}×: built ${html.length} pages in ${(built.ms / 1000).toFixed(1)} s; reader downloads…`)
  const downloads = await readerDownloads(outDir)
  rmSync(outDir, { recursive: true, force: true })
  return {
    factor,
    years: dataset.years.length,
    documents: dataset.documents,
    datasetBytes: Buffer.byteLength(dataset.ndjson),
    buildMs: built.ms,
    prerenderMs: built.prerenderMs,
    peakRssBytes: built.peakRssBytes,
    pages: html.length,
    htmlBytes,
    distBytes,
    firstView: downloads.firstView,
    yearSwitch: downloads.yearSwitch,
    queryFirstMs: query.first,
    queryMedianMs: query.median,
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const total = (downloads: Download[], kinds?: Download['kind'][]) =>
  downloads.filter((d) => !kinds || kinds.includes(d.kind)).reduce((sum, d) => sum + d.brotli, 0)
const growth = (value: number, base: number) =>
  `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)} %`

function report(results: ScaleResult[], durationMs: number): string {
  const [one] = results
  const out: string[] = [START, '']
  out.push(
    `Measured with \`npm run bench:scale\` on ${new Date().toISOString().slice(0, 10)} (${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)} at the end; the run took ${(durationMs / 60_000).toFixed(1)} min). ` +
      `Synthetic "Exempelregion" datasets (bench/scaleDataset.ts): each year 5 areas, 17 statistics, 3 articles; 1× is 3 years, as the sample. ` +
      `Reader downloads are brotli sizes (quality 11) of the files Chromium asked for: the first view of \`${FIRST_VIEW}\` until the network is idle after the app started, then a switch to ${SWITCH_TO} by its link.`,
    '',
  )
  out.push(
    '| scale | years | documents | build | prerender | pages/s | peak memory | pages | HTML total | build total | first view (HTML + JS + CSS) | year switch (content + JS) | groq-js: report query (first / median) |',
  )
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const r of results) {
    out.push(
      `| ${r.factor}× | ${r.years} | ${r.documents} | ${(r.buildMs / 1000).toFixed(1)} s | ${r.prerenderMs === null ? '–' : `${(r.prerenderMs / 1000).toFixed(1)} s`} | ${(r.pages / (r.buildMs / 1000)).toFixed(0)} | ${r.peakRssBytes === null ? '–' : mb(r.peakRssBytes)} | ${r.pages} | ${mb(r.htmlBytes)} | ${mb(r.distBytes)} | ${kb(total(r.firstView))} (${kb(total(r.firstView, ['html']))} + ${kb(total(r.firstView, ['js']))} + ${kb(total(r.firstView, ['css']))}) | ${kb(total(r.yearSwitch))} (${kb(total(r.yearSwitch, ['content']))} + ${kb(total(r.yearSwitch, ['js']))}) | ${r.queryFirstMs.toFixed(0)} ms / ${r.queryMedianMs.toFixed(0)} ms |`,
    )
  }
  out.push('')
  if (one) {
    out.push('Against 1×:', '')
    for (const r of results.slice(1)) {
      out.push(
        `- ${r.factor}×: first view ${growth(total(r.firstView), total(one.firstView))}, year switch ${growth(total(r.yearSwitch), total(one.yearSwitch))}, ` +
          `build time ${growth(r.buildMs, one.buildMs)} for ${growth(r.pages, one.pages)} pages, peak memory ${r.peakRssBytes && one.peakRssBytes ? growth(r.peakRssBytes, one.peakRssBytes) : '–'}.`,
      )
    }
    out.push('')
  }
  out.push('<details><summary>Files of the first view and of the year switch</summary>', '')
  for (const r of results) {
    out.push(`${r.factor}×:`, '')
    for (const [what, list] of [
      ['first view', r.firstView],
      ['year switch', r.yearSwitch],
    ] as const) {
      out.push(`- ${what}: ${list.map((d) => `\`${d.path}\` ${kb(d.brotli)}`).join(', ')}`)
    }
    out.push('')
  }
  out.push('</details>', '', END)
  return out.join('\n')
}

async function writeReport(section: string): Promise<void> {
  const text = readFileSync(reportFile, 'utf8')
  const start = text.indexOf(START)
  const end = text.indexOf(END)
  if (start === -1 || end === -1) throw new Error(`${reportFile} has no ${START} … ${END} markers.`)
  await writeMarkdown(reportFile, text.slice(0, start) + section + text.slice(end + END.length))
}

startClock()
const workDir = mkdtempSync(join(tmpdir(), 'bench-scale-'))
try {
  const results: ScaleResult[] = []
  for (const factor of FACTORS) results.push(await measureFactor(factor, workDir))
  const section = report(results, performance.now())
  await writeReport(section)
  console.log(section)
} finally {
  rmSync(workDir, { recursive: true, force: true })
}
