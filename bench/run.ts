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
import { cleanUp, measure } from './measure.ts'
import { report, writeReport } from './report.ts'
import { elapsedMs, log } from './settings.ts'

/** The whole benchmark gives up (and fails) after this long. */
const DEADLINE_MS = 12 * 60_000

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
  results.durationMs = elapsedMs()
  await writeReport(report(results))
  log(`done: results written to BENCHMARKS.md`)
  clearTimeout(watchdog)
  process.exit(0)
} catch (error) {
  console.error('[bench] could not measure:', error instanceof Error ? (error.stack ?? error.message) : error)
  clearTimeout(watchdog)
  await cleanUp()
  process.exit(1)
}
