/** What the benchmark measures against and where it writes, and its clock for the log. */
import { join } from 'node:path'

export const root = process.cwd()
export const distDir = join(root, 'dist')
export const floorDir = join(root, 'bench', 'floor')
export const reportFile = join(root, 'BENCHMARKS.md')
export const COMMAND = 'npm run bench'
/** Lighthouse runs per route; the targets are judged on their median. */
export const RUNS = 5
/** ←/→ presses timed; the target is judged on their p95. */
export const SLIDE_PRESSES = 60

export const TARGET = {
  score: 98,
  lcpRatio: 1.05,
  cls: 0.01,
  tbt: 50,
  initialJsGzip: 110 * 1024,
  slideP95: 50,
}

let started = Date.now()

/** Starts the clock that the log lines and the run's duration count from. */
export function startClock(): void {
  started = Date.now()
}

export const elapsedMs = () => Date.now() - started

export const log = (message: string) =>
  console.log(`[bench ${(elapsedMs() / 1000).toFixed(0).padStart(3)} s] ${message}`)
