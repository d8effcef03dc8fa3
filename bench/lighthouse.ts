import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse, { type Config } from 'lighthouse'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts'

export interface LighthouseMetrics {
  /** 0–100 */
  score: number
  fcp: number
  lcp: number
  cls: number
  tbt: number
  speedIndex: number
  /** What Lighthouse found as the largest contentful paint (a selector and a snippet). */
  lcpElement: string
  /** Bytes over the network (compressed) and the number of requests. */
  transferBytes: number
  requests: number
  /** The same paints as the unthrottled page load showed them (before Lighthouse's simulation). */
  observedFcp: number
  observedLcp: number
}

const running = new Set<LaunchedChrome>()

/** Kills the browsers of runs still going (for an interrupted benchmark). */
export function killRunningChromium(): void {
  for (const chrome of running) {
    try {
      chrome.kill()
    } catch {
      // already gone
    }
  }
  running.clear()
}

/** Lighthouse's default (mobile) preset with simulated throttling, performance only. */
const config: Config = {
  extends: 'lighthouse:default',
  settings: {
    onlyCategories: ['performance'],
    throttlingMethod: 'simulate',
    maxWaitForLoad: 30_000,
  },
}

function numeric(lhr: { audits: Record<string, { numericValue?: number } | undefined> }, id: string): number {
  const value = lhr.audits[id]?.numericValue
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Lighthouse gave no value for ${id}.`)
  return value
}

function lcpElement(details: unknown): string {
  // details: { type: 'list', items: [{ type: 'table', items: [{ node: { selector, snippet } }] }, …] }
  const lists = (
    details as { items?: Array<{ items?: Array<{ node?: { selector?: string; snippet?: string } }> }> } | undefined
  )?.items
  const node = lists?.[0]?.items?.[0]?.node
  if (!node) return '(none)'
  const snippet = (node.snippet ?? '').replace(/\s+/g, ' ')
  return `${node.selector ?? ''} ${snippet.length > 90 ? `${snippet.slice(0, 90)}…` : snippet}`.trim()
}

/**
 * One Lighthouse run on a fresh Chromium (its own profile), killed afterwards whatever happens.
 * Rejects after `timeoutMs`.
 */
export async function runLighthouse(url: string, timeoutMs = 120_000): Promise<LighthouseMetrics> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
    handleSIGINT: false,
  })
  running.add(chrome)
  let timer: NodeJS.Timeout | undefined
  try {
    const run = lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' }, config)
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Lighthouse on ${url} took longer than ${timeoutMs / 1000} s.`)),
        timeoutMs,
      )
    })
    const result = await Promise.race([run, timeout])
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}.`)
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = lhr.categories.performance?.score
    if (typeof score !== 'number') throw new Error(`Lighthouse gave no performance score for ${url}.`)
    const network = lhr.audits['network-requests']?.details as { items?: Array<{ transferSize?: number }> } | undefined
    const observed =
      (lhr.audits.metrics?.details as { items?: Array<Record<string, number | undefined>> } | undefined)?.items?.[0] ??
      {}
    return {
      score: Math.round(score * 100),
      fcp: numeric(lhr, 'first-contentful-paint'),
      lcp: numeric(lhr, 'largest-contentful-paint'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      tbt: numeric(lhr, 'total-blocking-time'),
      speedIndex: numeric(lhr, 'speed-index'),
      lcpElement: lcpElement(lhr.audits['largest-contentful-paint-element']?.details),
      transferBytes: (network?.items ?? []).reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
      requests: network?.items?.length ?? 0,
      observedFcp: observed.observedFirstContentfulPaint ?? Number.NaN,
      observedLcp: observed.observedLargestContentfulPaint ?? Number.NaN,
    }
  } finally {
    clearTimeout(timer)
    running.delete(chrome)
    try {
      chrome.kill()
    } catch {
      // already gone
    }
  }
}
