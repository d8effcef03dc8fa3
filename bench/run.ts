/**
 * `npm run bench`: builds the app, serves the build (compressed, as a static host would) on
 * 127.0.0.1, and measures it against the targets in BENCHMARKS.md:
 *
 * 1. Lighthouse (mobile preset, simulated throttling), three runs each on an area view, a
 *    statistic deep link, an article, and the hand-written static floor page (bench/floor/);
 * 2. ←/→ slide changes in Chromium with the CPU slowed 4×;
 * 3. the size of every JS and CSS file, and of what loads before an area view's first paint;
 * 4. content requests on a reader's visit, and when the chart library loads.
 *
 * Writes the results into BENCHMARKS.md between its `bench:results` markers. Exits non-zero
 * only when something could not be measured; a missed target is reported, not an error.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import {
  chartLoading,
  countContentRequests,
  launchBrowser,
  measureSlideChanges,
  readableWithoutJavaScript,
  type ChartLoading,
  type ContentRequestsResult,
  type SlideResult,
} from './browser.ts'
import { chromiumVersion } from './chromium.ts'
import { killRunningChromium, runLighthouse, type LighthouseMetrics } from './lighthouse.ts'
import { FLOOR_PATH, prepareSite, startServer, type Server, type Site } from './server.ts'
import {
  AREA_VIEW_ROUTE,
  buildAssets,
  forbiddenInitialCode,
  initialAssets,
  kib,
  looksLikeRecharts,
  packagesOf,
  type AssetSize,
  type InitialAssets,
  type PackageShare,
} from './sizes.ts'

const root = process.cwd()
const distDir = join(root, 'dist')
const floorDir = join(root, 'bench', 'floor')
const reportFile = join(root, 'BENCHMARKS.md')
const COMMAND = 'npm run bench'
const RUNS = 3
/** The whole benchmark gives up (and fails) after this long. */
const DEADLINE_MS = 12 * 60_000

const TARGET = {
  score: 98,
  lcpRatio: 1.25,
  cls: 0.01,
  tbt: 50,
  initialJsGzip: 110 * 1024,
  slideP95: 50,
}

// Helpers ------------------------------------------------------------------------------------

const log = (message: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const ms = (value: number) => `${Math.round(value)} ms`
const bytes = (value: number) => value.toLocaleString('en-US').replace(/,/g, ' ')
const yes = (ok: boolean) => (ok ? 'met' : '**not met**')

function run(command: string, args: string[], timeoutMs: number): string {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: timeoutMs, env: process.env, maxBuffer: 64 * 1024 * 1024 })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.error || result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.slice(-4000)}`)
  }
  return output
}

/** Share of CPU time spent busy over `millis`, across all cores (from /proc/stat). */
async function cpuBusy(millis: number): Promise<number | null> {
  const read = () => {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
    const idle = line[3]! + (line[4] ?? 0)
    return { idle, total: line.reduce((a, b) => a + b, 0) }
  }
  try {
    const before = read()
    await new Promise((resolve) => setTimeout(resolve, millis))
    const after = read()
    return 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total)
  } catch {
    return null
  }
}

/** The busiest other processes right now, from `top`. */
function busiestProcesses(): string[] {
  try {
    const out = spawnSync('top', ['-b', '-n', '1', '-o', '%CPU', '-w', '200'], { encoding: 'utf8', timeout: 10_000 }).stdout ?? ''
    const lines = out.split('\n')
    const header = lines.findIndex((line) => /\bPID\b/.test(line) && /%CPU/.test(line))
    if (header < 0) return []
    const columns = lines[header]!.trim().split(/\s+/)
    const cpu = columns.indexOf('%CPU')
    const command = columns.indexOf('COMMAND')
    return lines
      .slice(header + 1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields.length > command && Number(fields[cpu]) >= 10 && Number(fields[0]) !== process.pid && fields[command] !== 'top')
      .slice(0, 6)
      .map((fields) => `${fields[command]} ${fields[cpu]} %`)
  } catch {
    return []
  }
}

/** The slug of the n-th statistic of an area of a year, from the bundled dataset. */
function statisticSlug(year: number, areaSlug: string, index: number): string {
  const documents = readFileSync(join(root, 'sanity', 'dataset', 'production.ndjson'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
  const byId = new Map(documents.map((doc) => [doc._id as string, doc]))
  type Ref = { _ref: string }
  const slugOf = (doc: Record<string, unknown> | undefined) => (doc?.slug as { current?: string } | undefined)?.current
  const report = documents.find((doc) => doc._type === 'report' && doc.year === year)
  const area = ((report?.areas as Ref[] | undefined) ?? []).map((ref) => byId.get(ref._ref)).find((doc) => slugOf(doc) === areaSlug)
  const statistic = byId.get(((area?.statistics as Ref[] | undefined) ?? [])[index]?._ref ?? '')
  const slug = slugOf(statistic)
  if (!slug) throw new Error(`The dataset has no statistic ${index + 1} in ${year}/${areaSlug}.`)
  return slug
}

// Measuring ----------------------------------------------------------------------------------

interface Target {
  name: string
  route: string
  floor?: boolean
}

interface Results {
  date: string
  durationMs: number
  machine: { cores: number; cpuModel: string; memoryGiB: number; node: string; chromium: string }
  load: { before: number[]; after: number[]; busyBefore: number | null; busiest: string[] }
  prerendered: boolean
  origin: string
  lighthouse: Array<{ target: Target; runs: LighthouseMetrics[] }>
  slides: SlideResult
  content: ContentRequestsResult
  charts: ChartLoading[]
  chartFiles: string[]
  readableWithoutJs: boolean
  assets: AssetSize[]
  initial: InitialAssets
  forbidden: string[]
  composition: { packages: PackageShare[]; files: PackageShare[]; sameFiles: boolean } | { error: string }
  compressedResponses: { total: number; compressed: number }
}

let started = Date.now()
let site: Site | undefined
let server: Server | undefined
let browser: Browser | undefined
let analysisDir: string | undefined

async function cleanUp(): Promise<void> {
  killRunningChromium()
  await browser?.close().catch(() => {})
  await server?.close().catch(() => {})
  site?.remove()
  if (analysisDir) rmSync(analysisDir, { recursive: true, force: true })
  browser = undefined
  server = undefined
  site = undefined
  analysisDir = undefined
}

async function measure(): Promise<Results> {
  started = Date.now()
  const date = new Date().toISOString()
  const busyBefore = await cpuBusy(2000)
  const loadBefore = loadavg()
  const busiest = busiestProcesses()

  log('building the app (npm run build)…')
  run('npm', ['run', 'build'], 5 * 60_000)

  log('sizes of the build…')
  const assets = buildAssets(distDir)
  const initial = initialAssets(distDir, AREA_VIEW_ROUTE)
  const chartFiles = assets.filter((asset) => asset.file.endsWith('.js') && looksLikeRecharts(readFileSync(join(distDir, asset.file), 'utf8'))).map((asset) => asset.file)

  log('where the initial JS comes from (a second build with hidden source maps)…')
  let composition: Results['composition']
  try {
    analysisDir = join(root, 'node_modules', '.cache', `bench-sourcemaps-${process.pid}`)
    run('npx', ['vite', 'build', '--sourcemap', 'hidden', '--outDir', analysisDir, '--emptyOutDir', '--logLevel', 'silent'], 5 * 60_000)
    const analysed = initialAssets(analysisDir, AREA_VIEW_ROUTE)
    const { packages, files } = packagesOf(analysisDir, analysed.js, root)
    const sameFiles = analysed.js.map((a) => a.file).join() === initial.js.map((a) => a.file).join()
    composition = { packages, files, sameFiles }
  } catch (error) {
    composition = { error: (error as Error).message.split('\n')[0]! }
  }
  const forbidden = forbiddenInitialCode(analysisDir && existsSync(analysisDir) ? analysisDir : distDir, initial.js, root)
  if (analysisDir) rmSync(analysisDir, { recursive: true, force: true })
  analysisDir = undefined

  site = prepareSite(distDir, floorDir, AREA_VIEW_ROUTE)
  const prerendered = site.prerendered
  server = await startServer(site)
  log(`serving the build at ${server.origin} (${site.prerendered ? 'prerendered pages' : 'no prerendered pages: SPA fallback'})`)

  const statisticRoute = `/2018/kollektivtrafik/${statisticSlug(2018, 'kollektivtrafik', 1)}`
  const targets: Target[] = [
    { name: 'area view', route: AREA_VIEW_ROUTE },
    { name: 'statistic deep link', route: statisticRoute },
    { name: 'article', route: '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren' },
    { name: 'static floor', route: FLOOR_PATH, floor: true },
  ]
  const lighthouse = targets.map((target) => ({ target, runs: [] as LighthouseMetrics[] }))
  for (let round = 1; round <= RUNS; round++) {
    for (const entry of lighthouse) {
      log(`Lighthouse ${round}/${RUNS}: ${entry.target.name} (${entry.target.route})`)
      try {
        entry.runs.push(await runLighthouse(server.origin + entry.target.route))
      } catch (error) {
        // One more try: a browser that fails to start on a loaded machine is not a result.
        log(`  failed (${(error as Error).message.split('\n')[0]}), trying once more`)
        entry.runs.push(await runLighthouse(server.origin + entry.target.route))
      }
    }
  }
  const responses = server.requests.filter((request) => request.status === 200 && /\.(?:js|css|html|ndjson)$|\/$|^\/\d{4}\//.test(request.url.split('?')[0]!))
  const compressedResponses = { total: responses.length, compressed: responses.filter((request) => request.encoding).length }

  log('Chromium: slide changes with the CPU 4× slower…')
  browser = await launchBrowser()
  const slides = await measureSlideChanges(browser, server.origin, '/2018/kollektivtrafik', { presses: 24, cpuSlowdown: 4 })
  log('Chromium: content requests on a visit, chart loading, page without JavaScript…')
  const content = await countContentRequests(browser, server.origin, AREA_VIEW_ROUTE)
  const charts: ChartLoading[] = []
  for (const target of targets.filter((t) => !t.floor)) charts.push(await chartLoading(browser, server.origin, target.route, chartFiles))
  const readableWithoutJs = await readableWithoutJavaScript(browser, server.origin, AREA_VIEW_ROUTE, '.headline', '1 037 034')
  await cleanUp()

  return {
    date,
    durationMs: 0,
    machine: {
      cores: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: chromiumVersion(),
    },
    load: { before: loadBefore, after: loadavg(), busyBefore, busiest },
    prerendered,
    origin: 'http://127.0.0.1:<free port>',
    lighthouse,
    slides,
    content,
    charts,
    chartFiles,
    readableWithoutJs,
    assets,
    initial,
    forbidden,
    composition,
    compressedResponses,
  }
}

// Report -------------------------------------------------------------------------------------

function table(header: string[], rows: string[][], align?: string[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(align ?? header.map(() => '---')), ...rows.map(line)].join('\n')
}

function report(results: Results): string {
  const out: string[] = []
  const { machine, load } = results
  const medians = results.lighthouse.map(({ target, runs }) => ({
    target,
    score: median(runs.map((r) => r.score)),
    fcp: median(runs.map((r) => r.fcp)),
    lcp: median(runs.map((r) => r.lcp)),
    cls: median(runs.map((r) => r.cls)),
    tbt: median(runs.map((r) => r.tbt)),
    speedIndex: median(runs.map((r) => r.speedIndex)),
    observedFcp: median(runs.map((r) => r.observedFcp)),
    observedLcp: median(runs.map((r) => r.observedLcp)),
    transferBytes: median(runs.map((r) => r.transferBytes)),
    requests: median(runs.map((r) => r.requests)),
    lcpElements: [...new Set(runs.map((r) => r.lcpElement))].map((element) => {
      const which = runs.flatMap((r, i) => (r.lcpElement === element ? [i + 1] : []))
      return `\`${element.replace(/`/g, "'")}\` (run${which.length > 1 ? 's' : ''} ${which.join(', ')})`
    }),
  }))
  const floor = medians.find((m) => m.target.floor)!
  const apps = medians.filter((m) => !m.target.floor)
  const frames = results.slides.changes.map((c) => c.toFrame)
  const domTimes = results.slides.changes.map((c) => c.toDom)
  const fromEvent = results.slides.changes.map((c) => c.fromEventTimestamp)
  const slideMedian = median(frames)
  const slideP95 = percentile(frames, 95)
  const expectedContent = results.prerendered ? 1 : 2
  const area = results.charts.find((c) => c.route === AREA_VIEW_ROUTE)
  const chartCheck = results.charts.map((c) => {
    if (c.chartRequestStart === null) return { ...c, ok: !c.chartDrawn, text: 'not loaded' }
    const after = c.firstContentfulPaint !== null && c.chartRequestStart > c.firstContentfulPaint
    return {
      ...c,
      ok: after,
      text: `requested at ${ms(c.chartRequestStart)}, first paint at ${c.firstContentfulPaint === null ? '?' : ms(c.firstContentfulPaint)}`,
    }
  })
  const busy = (load.busyBefore ?? 0) > 0.25 || load.before[0]! > machine.cores * 0.5 || load.after[0]! > machine.cores
  const chartInitial = results.forbidden.some((what) => what.startsWith('chart'))

  out.push(`Measured ${results.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} with \`${COMMAND}\` (took ${(results.durationMs / 1000).toFixed(0)} s).`)
  out.push('')
  out.push(
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}. ` +
      `Load average ${load.before.map((v) => v.toFixed(2)).join(' / ')} before, ${load.after.map((v) => v.toFixed(2)).join(' / ')} after` +
      (load.busyBefore === null ? '.' : `; CPU ${(load.busyBefore * 100).toFixed(0)} % busy in the 2 s before the start.`),
  )
  if (busy) {
    out.push('')
    out.push(
      `**The machine was busy**: other processes were running while this was measured` +
        (load.busiest.length ? ` (at the start: ${load.busiest.join(', ')})` : '') +
        `. Lighthouse's simulation scales the CPU time it observes (4×), so TBT, and FCP/LCP where script runs before the first paint, come out higher than on an idle machine; so do the slide timings. The floor has almost no CPU work and is barely affected.`,
    )
  }
  out.push('')
  out.push(
    results.prerendered
      ? `The build has prerendered pages: each route was served its own \`{route}/index.html\`.`
      : `**The pages were not prerendered** (\`dist${AREA_VIEW_ROUTE}/index.html\` is missing): the server fell back to \`dist/index.html\` for every app route, as for an SPA.`,
  )
  out.push(
    `Served by sirv on 127.0.0.1 from a copy of \`dist/\` with precompressed \`.br\`/\`.gz\` files (${results.compressedResponses.compressed} of ${results.compressedResponses.total} HTML/JS/CSS responses went out compressed); hashed assets \`immutable\`, HTML \`no-cache\`.`,
  )
  out.push('')

  out.push('### Targets')
  out.push('')
  const rows: string[][] = []
  for (const m of apps) {
    rows.push([`Lighthouse performance, ${m.target.name}`, `≥ ${TARGET.score}`, String(m.score), m.score >= TARGET.score ? 'met' : `**not met** (${TARGET.score - m.score} point${TARGET.score - m.score === 1 ? '' : 's'} short)`])
  }
  for (const m of apps) {
    const ratio = m.lcp / floor.lcp
    rows.push([
      `LCP app ÷ floor, ${m.target.name}`,
      `≤ ${TARGET.lcpRatio}`,
      `${ratio.toFixed(2)} (${ms(m.lcp)} ÷ ${ms(floor.lcp)})`,
      ratio <= TARGET.lcpRatio ? 'met' : `**not met** (${ms(m.lcp - floor.lcp * TARGET.lcpRatio)} too slow)`,
    ])
  }
  const worstCls = Math.max(...apps.map((m) => m.cls))
  rows.push(['CLS (worst route)', `≤ ${TARGET.cls}`, worstCls.toFixed(3), yes(worstCls <= TARGET.cls)])
  const worstTbt = Math.max(...apps.map((m) => m.tbt))
  rows.push(['TBT (worst route)', `≤ ${TARGET.tbt} ms`, ms(worstTbt), worstTbt <= TARGET.tbt ? 'met' : `**not met** (${ms(worstTbt - TARGET.tbt)} over)`])
  const js = results.initial.jsTotal.gzip
  const beforePaint = results.initial.jsBeforeFirstPaint.reduce((sum, asset) => sum + asset.gzip, 0)
  rows.push([
    'JS of an area view: before its first paint, and all it starts with (gzip)',
    `≤ ${kib(TARGET.initialJsGzip, 0)} KiB`,
    `${kib(beforePaint)} KiB before the first paint (the app starts after it); ${kib(js)} KiB (${bytes(js)} B) at start-up`,
    js <= TARGET.initialJsGzip ? 'met' : `**not met** (${kib(js - TARGET.initialJsGzip)} KiB over)`,
  ])
  rows.push([
    'content readable before any JS runs',
    'yes',
    results.readableWithoutJs ? 'yes (the headline shows with JavaScript off)' : 'no (nothing readable with JavaScript off)',
    yes(results.readableWithoutJs),
  ])
  rows.push([
    'chart library only for views with a chart, after their first paint',
    'yes',
    chartCheck.map((c) => `${c.route}: ${c.text}`).join('; ') + (chartInitial ? '; **in the initial JS**' : '; not in the initial JS'),
    yes(!chartInitial && chartCheck.every((c) => c.ok)),
  ])
  rows.push([
    '→ key to the next slide\'s first frame, CPU 4× slower (p95)',
    `≤ ${TARGET.slideP95} ms`,
    `p95 ${ms(slideP95)}, median ${ms(slideMedian)} (${frames.length} presses)`,
    slideP95 <= TARGET.slideP95 ? 'met' : `**not met** (${ms(slideP95 - TARGET.slideP95)} over)`,
  ])
  rows.push([
    'content requests, two areas and an article of one year, then another year',
    `≤ ${expectedContent} (one per year visited${results.prerendered ? ' whose content did not come with the page' : ''})`,
    `${results.content.total}${
      results.content.total < expectedContent && results.content.steps.some((s) => s.requests.some((url) => url.includes('.ndjson')))
        ? ' (the bundled dataset is one file holding every year: one request serves all)'
        : ''
    }`,
    yes(results.content.total <= expectedContent),
  ])
  out.push(table(['target', 'wanted', 'measured', 'verdict'], rows))
  out.push('')

  out.push(`### Lighthouse (mobile preset, simulated throttling, medians of ${RUNS} runs)`)
  out.push('')
  out.push(
    table(
      ['page', 'route', 'score', 'FCP', 'LCP', 'CLS', 'TBT', 'Speed Index', 'LCP ÷ floor', 'requests', 'transferred'],
      medians.map((m) => [
        m.target.name,
        `\`${m.target.route}\``,
        String(m.score),
        ms(m.fcp),
        ms(m.lcp),
        m.cls.toFixed(3),
        ms(m.tbt),
        ms(m.speedIndex),
        m.target.floor ? '1.00' : (m.lcp / floor.lcp).toFixed(2),
        String(m.requests),
        `${kib(m.transferBytes)} KiB`,
      ]),
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
  )
  out.push('')
  out.push(`Ratios app ÷ floor: ${apps.map((m) => `${m.target.name} FCP ${(m.fcp / floor.fcp).toFixed(2)}, LCP ${(m.lcp / floor.lcp).toFixed(2)}, Speed Index ${(m.speedIndex / floor.speedIndex).toFixed(2)}`).join('; ')}.`)
  out.push('')
  out.push('Largest contentful paint element in each run, and the unthrottled page load that the simulation starts from (median observed FCP / LCP):')
  out.push('')
  for (const m of medians) out.push(`- ${m.target.name}: ${m.lcpElements.join('; ')}; observed ${ms(m.observedFcp)} / ${ms(m.observedLcp)}`)
  out.push('')
  out.push('<details><summary>Every run</summary>')
  out.push('')
  out.push(
    table(
      ['page', 'run', 'score', 'FCP', 'LCP', 'CLS', 'TBT', 'Speed Index'],
      results.lighthouse.flatMap(({ target, runs }) =>
        runs.map((r, i) => [target.name, String(i + 1), String(r.score), ms(r.fcp), ms(r.lcp), r.cls.toFixed(3), ms(r.tbt), ms(r.speedIndex)]),
      ),
    ),
  )
  out.push('')
  out.push('</details>')
  out.push('')

  out.push('### Slide changes (←/→, CPU 4× slower)')
  out.push('')
  out.push(
    `${frames.length} key presses on \`${results.slides.route}\` (forward through its statistics, back, and again), 1280×800, each settled before the next. ` +
      'Timed in the page from a capturing `keydown` listener (`performance.now()`) to the new slide in the DOM, added or revealed (MutationObserver), and to the end of the first frame that shows it (`requestAnimationFrame`, then a user-blocking task queued from it).',
  )
  out.push('')
  out.push(
    table(
      ['interval', 'median', 'p95', 'min', 'max'],
      [
        ['keydown → new slide in the DOM', ms(median(domTimes)), ms(percentile(domTimes, 95)), ms(Math.min(...domTimes)), ms(Math.max(...domTimes))],
        ['keydown → first frame of the new slide', ms(slideMedian), ms(slideP95), ms(Math.min(...frames)), ms(Math.max(...frames))],
        ['event timestamp (with input delay) → first frame', ms(median(fromEvent)), ms(percentile(fromEvent, 95)), ms(Math.min(...fromEvent)), ms(Math.max(...fromEvent))],
      ],
      ['---', '---:', '---:', '---:', '---:'],
    ),
  )
  const durations = results.slides.keydownEventDurations
  out.push('')
  out.push(
    `Event Timing cross-check: ${durations.length} of ${frames.length} keydown events took ≥ 16 ms to their next paint` +
      (durations.length ? ` (median ${ms(median(durations))}, max ${ms(Math.max(...durations))}).` : '.'),
  )
  out.push('')

  out.push('### Content requests on a visit')
  out.push('')
  out.push(
    table(
      ['step', 'requests for content'],
      results.content.steps.map((s) => [s.step, s.requests.length ? s.requests.map((r) => `\`${r}\``).join(', ') : '–']),
    ),
  )
  out.push('')
  if (area) out.push(`Chart library files: ${results.chartFiles.map((f) => `\`${f}\``).join(', ') || '(none found)'}.`)
  out.push('')

  out.push('### Sizes')
  out.push('')
  out.push(
    `What \`${AREA_VIEW_ROUTE}\` starts with (from \`dist/${results.initial.html}\`: the module script and modulepreload links its start script adds after the first contentful paint, and their static imports; and its stylesheets, which the first paint needs). gzip level 9, brotli quality 11:`,
  )
  out.push('')
  out.push(
    table(
      ['file', 'raw', 'gzip', 'brotli'],
      [
        ...[...results.initial.js, ...results.initial.css].map((a) => [`\`${a.file}\``, bytes(a.raw), bytes(a.gzip), bytes(a.brotli)]),
        ['**JS total**', bytes(results.initial.jsTotal.raw), `**${bytes(results.initial.jsTotal.gzip)}** (${kib(results.initial.jsTotal.gzip)} KiB)`, bytes(results.initial.jsTotal.brotli)],
        ['CSS total', bytes(results.initial.cssTotal.raw), bytes(results.initial.cssTotal.gzip), bytes(results.initial.cssTotal.brotli)],
      ],
      ['---', '---:', '---:', '---:'],
    ),
  )
  out.push('')
  if (results.forbidden.length) out.push(`**In the initial JS but should not be:** ${results.forbidden.join(', ')}.`)
  else out.push('Not in the initial JS (checked by source map and content): the chart library, the Sanity client, the bundled dataset and groq-js.')
  out.push('')
  if ('error' in results.composition) {
    out.push(`(Where the initial JS comes from could not be worked out: ${results.composition.error})`)
  } else {
    out.push(
      `Where the initial JS comes from, by package (minified bytes attributed through the source maps of an identical build with \`--sourcemap hidden\`${results.composition.sameFiles ? '' : '; **its file names differ from dist/, so the build changed in between**'}; gzip shares estimated in proportion):`,
    )
    out.push('')
    const top = results.composition.packages.slice(0, 14)
    out.push(
      table(
        ['package', 'raw', '≈ gzip KiB'],
        top.map((p) => [p.name, bytes(p.raw), kib(p.gzipEstimate)]),
        ['---', '---:', '---:'],
      ),
    )
    const own = results.composition.files.filter((f) => /^(src|sanity)\//.test(f.name)).slice(0, 8)
    out.push('')
    out.push(`Largest app modules in it: ${own.map((f) => `\`${f.name}\` ${kib(f.raw)} KiB raw`).join(', ')}.`)
  }
  out.push('')
  out.push('Every JS and CSS file of the build:')
  out.push('')
  out.push(
    table(
      ['file', 'raw', 'gzip', 'brotli', 'before first paint'],
      results.assets.map((a) => [
        `\`${a.file}\``,
        bytes(a.raw),
        bytes(a.gzip),
        bytes(a.brotli),
        [...results.initial.js, ...results.initial.css].some((i) => i.file === a.file) ? 'yes' : '',
      ]),
      ['---', '---:', '---:', '---:', '---'],
    ),
  )
  return out.join('\n')
}

const BEGIN = '<!-- bench:results:begin (written by npm run bench) -->'
const END = '<!-- bench:results:end -->'

function writeReport(text: string): void {
  const block = `${BEGIN}\n${text}\n${END}`
  if (existsSync(reportFile)) {
    const current = readFileSync(reportFile, 'utf8')
    const begin = current.indexOf(BEGIN)
    const end = current.indexOf(END)
    if (begin >= 0 && end > begin) {
      writeFileSync(reportFile, current.slice(0, begin) + block + current.slice(end + END.length))
      return
    }
    writeFileSync(reportFile, `${current.trimEnd()}\n\n## Results\n\n${block}\n`)
    return
  }
  writeFileSync(reportFile, `# Benchmarks\n\n## Results\n\n${block}\n`)
}

// Main ---------------------------------------------------------------------------------------

const watchdog = setTimeout(() => {
  console.error(`[bench] gave up after ${DEADLINE_MS / 60_000} minutes.`)
  void cleanUp().finally(() => process.exit(1))
}, DEADLINE_MS)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[bench] ${signal}: stopping.`)
    void cleanUp().finally(() => process.exit(130))
  })
}

try {
  const results = await measure()
  results.durationMs = Date.now() - started
  writeReport(report(results))
  log(`done: results written to BENCHMARKS.md`)
  clearTimeout(watchdog)
  process.exit(0)
} catch (error) {
  console.error('[bench] could not measure:', error instanceof Error ? (error.stack ?? error.message) : error)
  clearTimeout(watchdog)
  await cleanUp()
  process.exit(1)
}
