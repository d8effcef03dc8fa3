/**
 * `npx tsx bench/trace.ts [build folder]`: where the main thread's time goes, CPU 4× slower
 * (as in `npm run bench`), for (1) the cold load of the statistic deep link until the app has
 * taken the page over and drawn its chart, and (2) ten ←/→ presses on an area. Attributes the
 * time from V8's sampling profiler (100 µs) by file, by module, by function (self time) and by
 * app function (inclusive), and lists the long tasks. Build the app unminified, so that names
 * and module comments survive:
 * `npx vite build --minify false --outDir node_modules/.bench-trace --emptyOutDir`.
 *
 * Not a full Chromium trace: the trace's own stack captures made calls such as
 * history.pushState look ten times dearer than they are (22 ms against 2 ms each, 4×).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchBrowser, newContext } from './browser.ts'
import { startServer } from './server.ts'
import { root } from './settings.ts'

const outDir = process.argv[2] ?? join(root, 'node_modules', '.bench-trace')
const DEEP_LINK = '/2018/kollektivtrafik/nojd-kund-index'
const AREA = '/2018/kollektivtrafik'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
  parent?: number
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const fileOf = (url: string) => (url ? (url.split('/').pop() ?? url).replace(/-[\w-]{8}\.js$/, '.js') : '(native)')

/** The module each line of a built file comes from (the unminified build names them in comments). */
const moduleLines = new Map<string, Array<{ line: number; module: string }>>()
function moduleOf(url: string, line: number): string {
  if (!url.startsWith('http')) return '(native)'
  const path = new URL(url).pathname
  let index = moduleLines.get(path)
  if (!index) {
    const file = join(outDir, path)
    const found: Array<{ line: number; module: string }> = []
    if (existsSync(file) && path.endsWith('.js')) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const match = /^\/\/ ((?:src|model|node_modules)\/\S+)$/.exec(text)
          if (match)
            found.push({ line: i, module: match[1]!.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1') })
        })
    }
    moduleLines.set(path, (index = found))
  }
  let module = fileOf(url)
  for (const entry of index) {
    if (entry.line > line) break
    module = entry.module
  }
  return module
}

function analyse(profile: Profile, longTasks: number[], label: string): string[] {
  const nodes = new Map<number, ProfileNode>()
  for (const node of profile.nodes) nodes.set(node.id, node)
  for (const node of profile.nodes) for (const child of node.children ?? []) nodes.get(child)!.parent = node.id
  const selfMs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))

  const byFunction = new Map<string, number>()
  const byFile = new Map<string, number>()
  const byModule = new Map<string, number>()
  // Inclusive: each app function on a sample's stack gets the sample once.
  const appInclusive = new Map<string, number>()
  // Browser work (DOM calls, layout forced from script) by the script that asked for it.
  const nativeCallers = new Map<string, number>()
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms)
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id)?.callFrame
    if (!frame || ['(idle)', '(program)', '(root)'].includes(frame.functionName)) continue
    const module = moduleOf(frame.url, frame.lineNumber)
    add(byFunction, `${frame.functionName || '(anonymous)'} — ${module}`, ms)
    add(byFile, fileOf(frame.url), ms)
    add(byModule, module, ms)
    if (module === '(native)' && frame.functionName && !frame.functionName.startsWith('(')) {
      let caller = nodes.get(id)
      while (caller && moduleOf(caller.callFrame.url, caller.callFrame.lineNumber) === '(native)')
        caller = caller.parent === undefined ? undefined : nodes.get(caller.parent)
      const by = caller
        ? `${caller.callFrame.functionName || '(anonymous)'} — ${moduleOf(caller.callFrame.url, caller.callFrame.lineNumber)}`
        : '?'
      add(nativeCallers, `${frame.functionName} ← ${by}`, ms)
    }
    const seen = new Set<string>()
    for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
      const owner = moduleOf(node.callFrame.url, node.callFrame.lineNumber)
      if (!/^(src|model)\//.test(owner)) continue
      const key = `${node.callFrame.functionName || '(anonymous)'} — ${owner}`
      if (seen.has(key)) continue
      seen.add(key)
      add(appInclusive, key, ms)
    }
  }
  const sampled = [...byFunction.values()].reduce((a, b) => a + b, 0)
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms ${((ms / sampled) * 100).toFixed(0).padStart(3)} %  ${name}`,
      )
  return [
    `## ${label}`,
    `long tasks (> 50 ms): ${longTasks.length ? longTasks.map((ms) => `${ms.toFixed(0)} ms`).join(', ') : 'none'}; ` +
      `${sampled.toFixed(0)} ms of work sampled (idle and "(program)" left out)`,
    'by file (self time):',
    ...top(byFile, 8),
    'by module (self time):',
    ...top(byModule, 15),
    'by function (self time):',
    ...top(byFunction, 25),
    'browser calls, by the function that made them:',
    ...top(nativeCallers, 12),
    'app functions, inclusive (what they and everything they call took):',
    ...top(appInclusive, 25),
    '',
  ]
}

/** V8's sampling profiler over `action`, and the long tasks meanwhile. */
async function profiled(page: Page, action: () => Promise<void>): Promise<{ profile: Profile; longTasks: number[] }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  await action()
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? [])
  return { profile, longTasks }
}

/** Collects long tasks from the start of every page (buffered). */
function watchLongTasks() {
  const w = window as unknown as { __longTasks: number[] }
  w.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
}

const server = await startServer({ root: outDir, prerendered: true, remove: () => {} })
const browser = await launchBrowser()
try {
  const lines: string[] = []
  {
    const context = await newContext(browser)
    await context.addInitScript(watchLongTasks)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const { profile, longTasks } = await profiled(page, async () => {
      await page.goto(server.origin + DEEP_LINK, { waitUntil: 'networkidle' })
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
      await page.locator('.statistic-chart-bar, .recharts-pie-sector path, .recharts-line-curve').first().waitFor()
      await page.waitForTimeout(1500)
    })
    lines.push(...analyse(profile, longTasks, `cold load of ${DEEP_LINK}, CPU 4× slower`))
    await context.close()
  }
  {
    const context = await newContext(browser)
    await context.addInitScript(watchLongTasks)
    const page = await context.newPage()
    await page.goto(server.origin + AREA, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
    await page.waitForTimeout(1000)
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const { profile, longTasks } = await profiled(page, async () => {
      for (let press = 0; press < 10; press++) {
        await page.keyboard.press(press < 5 ? 'ArrowRight' : 'ArrowLeft')
        await page.waitForTimeout(600)
      }
    })
    lines.push(...analyse(profile, longTasks, `10 slide changes (→ ×5, ← ×5) on ${AREA}, CPU 4× slower`))
    await context.close()
  }
  console.log(lines.join('\n'))
} finally {
  await browser.close()
  await server.close()
}
