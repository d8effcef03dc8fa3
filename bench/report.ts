/** Writing the report: the results as Markdown tables, into BENCHMARKS.md between its markers. */
import { existsSync, readFileSync } from 'node:fs'
import { AREA_VIEW_ROUTE, kib } from './sizes.ts'
import { median, percentile, spread } from './statistics.ts'
import { COMMAND, RUNS, TARGET, reportFile } from './settings.ts'
import type { Results } from './measure.ts'
import { writeMarkdown } from './writeMarkdown.ts'

const ms = (value: number) => `${Math.round(value)} ms`
const bytes = (value: number) => value.toLocaleString('en-US').replace(/,/g, ' ')
const yes = (ok: boolean) => (ok ? 'met' : '**not met**')

function table(header: string[], rows: string[][], align?: string[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(align ?? header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function report(results: Results): string {
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
  // Each page against its own floor (the image pages against the floor with the same image).
  const floorFor = (m: (typeof medians)[number]) =>
    medians.find((f) => f.target.floor && f.target.name === m.target.comparedWith) ?? floor
  const apps = medians.filter((m) => !m.target.floor)
  const floorLcp = (target: (typeof medians)[number]['target']) =>
    floorFor(medians.find((m) => m.target === target) ?? floor).lcp
  const frames = results.slides.changes.map((c) => c.toFrame)
  const domTimes = results.slides.changes.map((c) => c.toDom)
  const fromEvent = results.slides.changes.map((c) => c.fromEventTimestamp)
  const slideMedian = median(frames)
  const slideP95 = percentile(frames, 95)
  // A prerendered page brings its own area: the rest of its year is one request when the reader
  // leaves that area, as the other year is.
  const expectedContent = 2
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

  out.push(
    `Measured ${results.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} with \`${COMMAND}\` (took ${(results.durationMs / 1000).toFixed(0)} s).`,
  )
  out.push('')
  out.push(
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}. ` +
      `Load average ${load.before.map((v) => v.toFixed(2)).join(' / ')} before, ${load.after.map((v) => v.toFixed(2)).join(' / ')} after` +
      (load.busyBefore === null
        ? '.'
        : `; CPU ${(load.busyBefore * 100).toFixed(0)} % busy in the 2 s before the start.`),
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
    rows.push([
      `Lighthouse performance, ${m.target.name}`,
      `≥ ${TARGET.score}`,
      String(m.score),
      m.score >= TARGET.score
        ? 'met'
        : `**not met** (${TARGET.score - m.score} point${TARGET.score - m.score === 1 ? '' : 's'} short)`,
    ])
  }
  for (const m of apps) {
    const base = floorFor(m)
    const ratio = m.lcp / base.lcp
    rows.push([
      `LCP app ÷ floor, ${m.target.name}${base === floor ? '' : ` (÷ ${base.target.name})`}`,
      `≤ ${TARGET.lcpRatio}`,
      `${ratio.toFixed(2)} (${ms(m.lcp)} ÷ ${ms(base.lcp)})`,
      ratio <= TARGET.lcpRatio ? 'met' : `**not met** (${ms(m.lcp - base.lcp * TARGET.lcpRatio)} too slow)`,
    ])
  }
  const worstCls = Math.max(...apps.map((m) => m.cls))
  rows.push(['CLS (worst route)', `≤ ${TARGET.cls}`, worstCls.toFixed(3), yes(worstCls <= TARGET.cls)])
  const worstTbt = Math.max(...apps.map((m) => m.tbt))
  rows.push([
    'TBT (worst route)',
    `≤ ${TARGET.tbt} ms`,
    ms(worstTbt),
    worstTbt <= TARGET.tbt ? 'met' : `**not met** (${ms(worstTbt - TARGET.tbt)} over)`,
  ])
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
    results.readableWithoutJs
      ? 'yes (the headline shows with JavaScript off)'
      : 'no (nothing readable with JavaScript off)',
    yes(results.readableWithoutJs),
  ])
  rows.push([
    'chart library only for views with a chart, after their first paint',
    'yes',
    chartCheck.map((c) => `${c.route}: ${c.text}`).join('; ') +
      (chartInitial ? '; **in the initial JS**' : '; not in the initial JS'),
    yes(!chartInitial && chartCheck.every((c) => c.ok)),
  ])
  rows.push([
    "→ key to the next slide's first frame, CPU 4× slower (p95)",
    `≤ ${TARGET.slideP95} ms`,
    `p95 ${ms(slideP95)}, median ${ms(slideMedian)} (${frames.length} presses)`,
    slideP95 <= TARGET.slideP95 ? 'met' : `**not met** (${ms(slideP95 - TARGET.slideP95)} over)`,
  ])
  rows.push([
    'content requests, two areas and an article of one year, then another year',
    `≤ ${expectedContent} (one per year visited${results.prerendered ? '; the page brings only its own area' : ''})`,
    `${results.content.total}${
      results.content.total < expectedContent &&
      results.content.steps.some((s) => s.requests.some((url) => url.includes('.ndjson')))
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
        m.target.floor ? '1.00' : (m.lcp / floorFor(m).lcp).toFixed(2),
        String(m.requests),
        `${kib(m.transferBytes)} KiB`,
      ]),
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
  )
  out.push('')
  out.push(
    `Spread over the ${RUNS} runs (lowest – highest; the quartiles in brackets). The targets are judged on the medians above.`,
  )
  out.push('')
  const range = (values: number[], format: (value: number) => string) => {
    const s = spread(values)
    return `${format(s.min)} – ${format(s.max)} (${format(s.q1)} – ${format(s.q3)})`
  }
  out.push(
    table(
      ['page', 'score', 'LCP ÷ floor', 'TBT', 'FCP'],
      results.lighthouse.map(({ target, runs }) => [
        target.name,
        range(
          runs.map((r) => r.score),
          String,
        ),
        range(
          runs.map((r) => r.lcp / floorLcp(target)),
          (v) => v.toFixed(2),
        ),
        range(
          runs.map((r) => r.tbt),
          ms,
        ),
        range(
          runs.map((r) => r.fcp),
          ms,
        ),
      ]),
    ),
  )
  out.push('')
  out.push(
    `Ratios app ÷ floor: ${apps.map((m) => `${m.target.name} FCP ${(m.fcp / floorFor(m).fcp).toFixed(2)}, LCP ${(m.lcp / floorFor(m).lcp).toFixed(2)}, Speed Index ${(m.speedIndex / floorFor(m).speedIndex).toFixed(2)}`).join('; ')}.`,
  )
  out.push('')
  out.push(
    'Largest contentful paint element in each run, and the unthrottled page load that the simulation starts from (median observed FCP / LCP):',
  )
  out.push('')
  for (const m of medians)
    out.push(`- ${m.target.name}: ${m.lcpElements.join('; ')}; observed ${ms(m.observedFcp)} / ${ms(m.observedLcp)}`)
  out.push('')
  out.push('<details><summary>Every run</summary>')
  out.push('')
  out.push(
    table(
      ['page', 'run', 'score', 'FCP', 'LCP', 'CLS', 'TBT', 'Speed Index'],
      results.lighthouse.flatMap(({ target, runs }) =>
        runs.map((r, i) => [
          target.name,
          String(i + 1),
          String(r.score),
          ms(r.fcp),
          ms(r.lcp),
          r.cls.toFixed(3),
          ms(r.tbt),
          ms(r.speedIndex),
        ]),
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
        [
          'keydown → new slide in the DOM',
          ms(median(domTimes)),
          ms(percentile(domTimes, 95)),
          ms(Math.min(...domTimes)),
          ms(Math.max(...domTimes)),
        ],
        [
          'keydown → first frame of the new slide',
          ms(slideMedian),
          ms(slideP95),
          ms(Math.min(...frames)),
          ms(Math.max(...frames)),
        ],
        [
          'event timestamp (with input delay) → first frame',
          ms(median(fromEvent)),
          ms(percentile(fromEvent, 95)),
          ms(Math.min(...fromEvent)),
          ms(Math.max(...fromEvent)),
        ],
      ],
      ['---', '---:', '---:', '---:', '---:'],
    ),
  )
  const durations = results.slides.keydownEventDurations
  out.push('')
  // The p95 of each third of the presses: how much the figure the target is judged on moves.
  const third = Math.ceil(frames.length / 3)
  const blocks = [0, 1, 2].map((i) => frames.slice(i * third, (i + 1) * third)).filter((block) => block.length > 0)
  out.push(
    `Spread: keydown → first frame, p95 of each third of the presses ${blocks.map((block) => ms(percentile(block, 95))).join(', ')}; quartiles ${ms(percentile(frames, 25))} – ${ms(percentile(frames, 75))}.`,
  )
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
      results.content.steps.map((s) => [
        s.step,
        s.requests.length ? s.requests.map((r) => `\`${r}\``).join(', ') : '–',
      ]),
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
        ...[...results.initial.js, ...results.initial.css].map((a) => [
          `\`${a.file}\``,
          bytes(a.raw),
          bytes(a.gzip),
          bytes(a.brotli),
        ]),
        [
          '**JS total**',
          bytes(results.initial.jsTotal.raw),
          `**${bytes(results.initial.jsTotal.gzip)}** (${kib(results.initial.jsTotal.gzip)} KiB)`,
          bytes(results.initial.jsTotal.brotli),
        ],
        [
          'CSS total',
          bytes(results.initial.cssTotal.raw),
          bytes(results.initial.cssTotal.gzip),
          bytes(results.initial.cssTotal.brotli),
        ],
      ],
      ['---', '---:', '---:', '---:'],
    ),
  )
  out.push('')
  if (results.forbidden.length) out.push(`**In the initial JS but should not be:** ${results.forbidden.join(', ')}.`)
  else
    out.push(
      'Not in the initial JS (checked by source map and content): the chart library, the Sanity client, the bundled dataset and groq-js.',
    )
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

export async function writeReport(text: string): Promise<void> {
  const block = `${BEGIN}\n${text}\n${END}`
  if (existsSync(reportFile)) {
    const current = readFileSync(reportFile, 'utf8')
    const begin = current.indexOf(BEGIN)
    const end = current.indexOf(END)
    if (begin >= 0 && end > begin) {
      await writeMarkdown(reportFile, current.slice(0, begin) + block + current.slice(end + END.length))
      return
    }
    await writeMarkdown(reportFile, `${current.trimEnd()}\n\n## Results\n\n${block}\n`)
    return
  }
  await writeMarkdown(reportFile, `# Benchmarks\n\n## Results\n\n${block}\n`)
}
