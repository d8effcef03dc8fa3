/**
 * `npx tsx bench/traceTasks.ts [route] [--slides]`: what runs inside each long task, CPU 4×
 * slower (as in `npm run bench`). Records a Chromium trace (timeline and V8's CPU samples) of a
 * cold load of `route` (default: the statistic deep link), or of ten ←/→ presses on it with
 * `--slides`, and prints for each task over 50 ms its start, its length, the browser's work in
 * it (script, style, layout, paint …) and the functions on the stack for most of its samples
 * (inclusive). Where `bench/trace.ts` says where the time goes overall, this says which piece of
 * work makes each long task, which is what TBT and a slow frame are made of.
 *
 * Serves the unminified build in node_modules/.bench-trace, so that names survive:
 * `npx vite build --minify false --outDir node_modules/.bench-trace --emptyOutDir`. Tracing
 * makes every task longer than it is (calls into the browser most: see BENCHMARKS.md): read the
 * tasks for what runs in them, and measure a change without tracing.
 */
import { join } from 'node:path'
import { launchBrowser, newContext } from './browser.ts'
import { startServer } from './server.ts'
import { root } from './settings.ts'

const outDir = join(root, 'node_modules', '.bench-trace')
const slides = process.argv.includes('--slides')
const route = process.argv.slice(2).find((arg) => arg.startsWith('/')) ?? '/2018/kollektivtrafik/nojd-kund-index'
const LONG_TASK_US = 50_000

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: {
    name?: string
    data?: {
      type?: string
      url?: string
      functionName?: string
      startTime?: number
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
      timeDeltas?: number[]
    }
  }
}

interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url?: string; lineNumber: number }
}

const fileName = (url: string | undefined) => (url?.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '.js')
const frameName = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${fileName(node.callFrame.url)}`.trim()

/** Where each CPU sample of the renderer's main thread was taken, with its stack's leaf. */
function samplesOf(
  events: TraceEvent[],
  pid: number,
): { nodes: Map<number, ProfileNode>; at: Array<[number, number]> } {
  const nodes = new Map<number, ProfileNode>()
  const at: Array<[number, number]> = []
  let time = 0
  for (const event of events) {
    if (event.pid !== pid) continue
    if (event.name === 'Profile') time = event.args?.data?.startTime ?? time
    if (event.name !== 'ProfileChunk') continue
    const profile = event.args?.data?.cpuProfile
    for (const node of profile?.nodes ?? []) nodes.set(node.id, node)
    const deltas = event.args?.data?.timeDeltas ?? []
    ;(profile?.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0
      at.push([time, id])
    })
  }
  return { nodes, at }
}

function report(events: TraceEvent[]): string[] {
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      events.some((other) => other.pid === event.pid && other.name === 'ProfileChunk'),
  )
  if (!main) throw new Error('The trace has no renderer main thread with CPU samples.')
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X')
  const tasks = onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > LONG_TASK_US)
  const { nodes, at } = samplesOf(events, main.pid)
  const origin = onMain[0]?.ts ?? 0
  const lines: string[] = []
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    const inside = at.filter(([time]) => time >= task.ts && time <= end)
    const perSample = inside.length > 0 ? (task.dur ?? 0) / 1000 / inside.length : 0
    const inclusive = new Map<string, number>()
    for (const [, id] of inside) {
      const seen = new Set<string>()
      for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
        const name = frameName(node)
        if (seen.has(name) || /^\((root|program|idle)\)/.test(name)) continue
        seen.add(name)
        inclusive.set(name, (inclusive.get(name) ?? 0) + 1)
      }
    }
    const work = onMain
      .filter((event) => event.ts >= task.ts && event.ts < end && event !== task && (event.dur ?? 0) > 3000)
      .filter((event) => !event.name.startsWith('V8.'))
      .map((event) => {
        const what = event.args?.data?.functionName || event.args?.data?.type || fileName(event.args?.data?.url)
        return `${event.name}${what ? ` (${what})` : ''} ${((event.dur ?? 0) / 1000).toFixed(0)} ms`
      })
    lines.push(
      `task at ${((task.ts - origin) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(0)} ms, ${inside.length} samples`,
      `  browser: ${work.slice(0, 12).join(', ') || '–'}`,
      ...[...inclusive]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([name, count]) => `  ${(count * perSample).toFixed(1).padStart(7)} ms  ${name}`),
      '',
    )
  }
  return lines.length > 0 ? lines : ['no task over 50 ms']
}

const server = await startServer({ root: outDir, prerendered: true, remove: () => {} })
const browser = await launchBrowser()
try {
  const context = await newContext(browser)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  if (slides) {
    await page.goto(server.origin + route, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
    await page.waitForTimeout(1000)
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
    ],
  })
  if (slides) {
    for (let press = 0; press < 10; press++) {
      await page.keyboard.press(press < 5 ? 'ArrowRight' : 'ArrowLeft')
      await page.waitForTimeout(700)
    }
  } else {
    await page.goto(server.origin + route, { waitUntil: 'networkidle' })
    await page.waitForTimeout(2500)
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
  console.log(
    [
      `## ${slides ? `10 slide changes on ${route}` : `cold load of ${route}`}, CPU 4× slower`,
      ...report(trace.traceEvents),
    ].join('\n'),
  )
} finally {
  await browser.close()
  await server.close()
}
