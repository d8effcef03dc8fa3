/** Measuring: builds and serves the app, then runs Lighthouse, the slide test and the size and request checks. */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
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
  looksLikeRecharts,
  packagesOf,
  type AssetSize,
  type InitialAssets,
  type PackageShare,
} from './sizes.ts'
import { RUNS, SLIDE_PRESSES, distDir, floorDir, log, root, startClock } from './settings.ts'
import { checkTextArticle, imageTargets, TEXT_ARTICLE_ROUTE, writeImageFloor } from './images.ts'

function run(command: string, args: string[], timeoutMs: number): string {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  if (result.error || result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`}):\n${output.slice(-4000)}`,
    )
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
    const out =
      spawnSync('top', ['-b', '-n', '1', '-o', '%CPU', '-w', '200'], { encoding: 'utf8', timeout: 10_000 }).stdout ?? ''
    const lines = out.split('\n')
    const header = lines.findIndex((line) => /\bPID\b/.test(line) && /%CPU/.test(line))
    if (header < 0) return []
    const columns = lines[header]!.trim().split(/\s+/)
    const cpu = columns.indexOf('%CPU')
    const command = columns.indexOf('COMMAND')
    return lines
      .slice(header + 1)
      .map((line) => line.trim().split(/\s+/))
      .filter(
        (fields) =>
          fields.length > command &&
          Number(fields[cpu]) >= 10 &&
          Number(fields[0]) !== process.pid &&
          fields[command] !== 'top',
      )
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
  const area = ((report?.areas as Ref[] | undefined) ?? [])
    .map((ref) => byId.get(ref._ref))
    .find((doc) => slugOf(doc) === areaSlug)
  const statistic = byId.get(((area?.statistics as Ref[] | undefined) ?? [])[index]?._ref ?? '')
  const slug = slugOf(statistic)
  if (!slug) throw new Error(`The dataset has no statistic ${index + 1} in ${year}/${areaSlug}.`)
  return slug
}

export interface Target {
  name: string
  route: string
  floor?: boolean
  /** The floor this page is compared with (its name); the static floor when not given. */
  comparedWith?: string
}

export interface Results {
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

let site: Site | undefined
let server: Server | undefined
let browser: Browser | undefined
let analysisDir: string | undefined

export async function cleanUp(): Promise<void> {
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

export async function measure(): Promise<Results> {
  startClock()
  const date = new Date().toISOString()
  const busyBefore = await cpuBusy(2000)
  const loadBefore = loadavg()
  const busiest = busiestProcesses()

  log('building the app (npm run build)…')
  run('npm', ['run', 'build'], 5 * 60_000)

  log('sizes of the build…')
  const assets = buildAssets(distDir)
  const initial = initialAssets(distDir, AREA_VIEW_ROUTE)
  const chartFiles = assets
    .filter((asset) => asset.file.endsWith('.js') && looksLikeRecharts(readFileSync(join(distDir, asset.file), 'utf8')))
    .map((asset) => asset.file)

  log('where the initial JS comes from (a second build with hidden source maps)…')
  let composition: Results['composition']
  try {
    analysisDir = join(root, 'node_modules', '.cache', `bench-sourcemaps-${process.pid}`)
    run(
      'npx',
      ['vite', 'build', '--sourcemap', 'hidden', '--outDir', analysisDir, '--emptyOutDir', '--logLevel', 'silent'],
      5 * 60_000,
    )
    const analysed = initialAssets(analysisDir, AREA_VIEW_ROUTE)
    const { packages, files } = packagesOf(analysisDir, analysed.js, root)
    const sameFiles = analysed.js.map((a) => a.file).join() === initial.js.map((a) => a.file).join()
    composition = { packages, files, sameFiles }
  } catch (error) {
    composition = { error: (error as Error).message.split('\n')[0]! }
  }
  const forbidden = forbiddenInitialCode(
    analysisDir && existsSync(analysisDir) ? analysisDir : distDir,
    initial.js,
    root,
  )
  if (analysisDir) rmSync(analysisDir, { recursive: true, force: true })
  analysisDir = undefined

  writeImageFloor(distDir)
  checkTextArticle(distDir)
  site = prepareSite(distDir, floorDir, AREA_VIEW_ROUTE)
  const prerendered = site.prerendered
  server = await startServer(site)
  log(
    `serving the build at ${server.origin} (${site.prerendered ? 'prerendered pages' : 'no prerendered pages: SPA fallback'})`,
  )

  const statisticRoute = `/2018/kollektivtrafik/${statisticSlug(2018, 'kollektivtrafik', 1)}`
  const targets: Target[] = [
    { name: 'area view', route: AREA_VIEW_ROUTE },
    { name: 'statistic deep link', route: statisticRoute },
    { name: 'article', route: TEXT_ARTICLE_ROUTE },
    { name: 'static floor', route: FLOOR_PATH, floor: true },
    ...imageTargets,
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
  const responses = server.requests.filter(
    (request) => request.status === 200 && /\.(?:js|css|html|ndjson)$|\/$|^\/\d{4}\//.test(request.url.split('?')[0]!),
  )
  const compressedResponses = {
    total: responses.length,
    compressed: responses.filter((request) => request.encoding).length,
  }

  log('Chromium: slide changes with the CPU 4× slower…')
  browser = await launchBrowser()
  const slides = await measureSlideChanges(browser, server.origin, '/2018/kollektivtrafik', {
    presses: SLIDE_PRESSES,
    cpuSlowdown: 4,
  })
  log('Chromium: content requests on a visit, chart loading, page without JavaScript…')
  const content = await countContentRequests(browser, server.origin, AREA_VIEW_ROUTE)
  const charts: ChartLoading[] = []
  for (const target of targets.filter((t) => !t.floor))
    charts.push(await chartLoading(browser, server.origin, target.route, chartFiles))
  const readableWithoutJs = await readableWithoutJavaScript(
    browser,
    server.origin,
    AREA_VIEW_ROUTE,
    '.headline',
    '1 037 034',
  )
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
