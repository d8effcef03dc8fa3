import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts'

/** Same key as src/features/navigation-help/preference.ts: the help dialog stays closed. */
const HELP_DISMISSED_KEY = 'arsberattelse:navigationHelp:dismissed'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, timeout: 60_000 })
}

export async function newContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'sv-SE',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  context.setDefaultTimeout(20_000)
  // Functions sent to the page are this file's code as tsx compiled it, which wraps named
  // functions in esbuild's `__name()` helper: give the page a do-nothing one.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' })
  await context.addInitScript((key) => window.localStorage.setItem(key, 'true'), HELP_DISMISSED_KEY)
  return context
}

async function slowCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
}

// Slide changes ------------------------------------------------------------------------------

export interface SlideChange {
  key: 'ArrowRight' | 'ArrowLeft'
  from: string
  to: string
  /** keydown listener → the new slide is in the DOM */
  toDom: number
  /** keydown listener → the end of the first frame that shows it (rAF, then a task after that frame) */
  toFrame: number
  /** the event's own timestamp (includes input delay) → the same frame */
  fromEventTimestamp: number
}

export interface SlideResult {
  route: string
  cpuSlowdown: number
  changes: SlideChange[]
  /** Event Timing entries (≥ 16 ms) for the key presses: duration from the press to the next paint. */
  keydownEventDurations: number[]
}

/**
 * Installed before the app: notes each ←/→ keydown (capturing, so before the app's handler),
 * then watches for another slide to be the one on screen (added to the page, or revealed from
 * the hidden ones built ahead) and records the frame that first shows it.
 */
function instrumentSlides() {
  type Pending = {
    key: string
    start: number
    eventTimestamp: number
    from: string
    to?: string
    dom?: number
  }
  const state = {
    pending: null as Pending | null,
    changes: [] as unknown[],
    keydowns: [] as number[],
  }
  ;(window as unknown as { __slideBench: typeof state }).__slideBench = state
  const title = (root: ParentNode) => root.querySelector('.statistic-title')?.textContent?.trim() ?? ''
  // The slide on screen: not the one on its way out, nor one built ahead and hidden (the app's
  // `.slide-ahead`, or React's <Activity> with an inline `display: none`: read inline, so
  // nothing is laid out here).
  const shownSlide = () =>
    [...document.querySelectorAll<HTMLElement>('.slide-viewport .slide:not(.slide--leaving)')].find(
      (slide) => slide.style.display !== 'none',
    ) ?? null
  let fromSlide: Element | null = null
  addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
      fromSlide = shownSlide()
      state.pending = {
        key: event.key,
        start: performance.now(),
        eventTimestamp: event.timeStamp,
        from: fromSlide ? title(fromSlide) : '',
      }
    },
    { capture: true },
  )
  const onFrame = (pending: Pending) => {
    const record = () => {
      const now = performance.now()
      state.changes.push({
        key: pending.key,
        from: pending.from,
        to: pending.to,
        toDom: pending.dom! - pending.start,
        toFrame: now - pending.start,
        fromEventTimestamp: now - pending.eventTimestamp,
      })
    }
    requestAnimationFrame(() => {
      // A task queued in the frame's rAF runs once that frame has been produced (style, layout,
      // paint and commit run in the same task as rAF). Queued as `user-blocking` where the
      // browser has `scheduler.postTask`, so it runs next, not behind tasks the page queued
      // before the frame (React's render slices): those are not part of the frame.
      const scheduler = (
        globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => unknown } }
      ).scheduler
      if (typeof scheduler?.postTask === 'function') {
        scheduler.postTask(record, { priority: 'user-blocking' })
        return
      }
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        record()
        channel.port1.close()
      }
      channel.port2.postMessage(null)
    })
  }
  // A new slide is in the DOM when another slide is the one on screen: added, or revealed.
  new MutationObserver(() => {
    const pending = state.pending
    if (!pending) return
    const slide = shownSlide()
    if (!slide || slide === fromSlide) return
    pending.dom = performance.now()
    pending.to = title(slide)
    state.pending = null
    onFrame(pending)
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] })
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') state.keydowns.push(entry.duration)
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
  } catch {
    // Event Timing missing: the frame times above still stand.
  }
}

/**
 * Key presses through an area's statistics, forward to the last and back to the first, until
 * `presses` changes were measured, with the CPU slowed `cpuSlowdown` times. Each change
 * settles (the position text updated, the old slide gone, a short pause) before the next press.
 */
export async function measureSlideChanges(
  browser: Browser,
  origin: string,
  route: string,
  { presses = 24, cpuSlowdown = 4 }: { presses?: number; cpuSlowdown?: number } = {},
): Promise<SlideResult> {
  const context = await newContext(browser)
  try {
    await context.addInitScript(instrumentSlides)
    const page = await context.newPage()
    await page.goto(origin + route, { waitUntil: 'networkidle' })
    const position = page.locator('.statistic-position')
    await position.waitFor()
    const readPosition = async () => {
      const match = /(\d+)\D+(\d+)/.exec((await position.textContent()) ?? '')
      if (!match) throw new Error(`Unexpected position text on ${route}.`)
      return { current: Number(match[1]), total: Number(match[2]) }
    }
    const start = await readPosition()
    const total = start.total
    let current = start.current
    if (total < 3) throw new Error(`${route} has ${total} statistics; the slide test needs at least 3.`)
    await slowCpu(page, cpuSlowdown)
    await page.waitForTimeout(500)
    let direction: 1 | -1 = 1
    for (let done = 0; done < presses; done++) {
      if (current + direction < 1 || current + direction > total) direction = direction === 1 ? -1 : 1
      const expected = current + direction
      await page.keyboard.press(direction === 1 ? 'ArrowRight' : 'ArrowLeft')
      await page.waitForFunction(
        ([count, text]) => {
          const bench = (window as unknown as { __slideBench: { changes: unknown[] } }).__slideBench
          return (
            bench.changes.length >= count &&
            (document.querySelector('.statistic-position')?.textContent ?? '').trim().startsWith(text) &&
            document.querySelector('.slide-viewport .slide--leaving') === null
          )
        },
        [done + 1, `${expected} `] as const,
        { timeout: 15_000 },
      )
      current = expected
      await page.waitForTimeout(250)
    }
    const measured = await page.evaluate(() => {
      const bench = (window as unknown as { __slideBench: { changes: SlideChange[]; keydowns: number[] } }).__slideBench
      return { changes: bench.changes, keydowns: bench.keydowns }
    })
    return { route, cpuSlowdown, changes: measured.changes, keydownEventDurations: measured.keydowns }
  } finally {
    await context.close()
  }
}

// Content requests ---------------------------------------------------------------------------

export interface ContentRequestsResult {
  /** What the reader did, and the content requests each step made. */
  steps: Array<{ step: string; requests: string[] }>
  total: number
}

/** A content file of the build (bundled dataset), the dataset itself (dev), or Sanity's API. */
export function isContentRequest(url: string): boolean {
  return /\/assets\/content\/|\.ndjson(?:[?#]|$)/.test(url) || /^https?:\/\/[^/]*\.?api(?:cdn)?\.sanity\.io\//.test(url)
}

/**
 * A reader's visit inside the app (links, no reloads): an area, a second area, an article of
 * that area, then another year. Counts requests for content on the way.
 */
export async function countContentRequests(
  browser: Browser,
  origin: string,
  startRoute: string,
): Promise<ContentRequestsResult> {
  const context = await newContext(browser)
  try {
    const page = await context.newPage()
    let current: string[] = []
    page.on('request', (request) => {
      if (isContentRequest(request.url())) current.push(request.url().replace(origin, ''))
    })
    const steps: ContentRequestsResult['steps'] = []
    const step = async (name: string, action: () => Promise<void>) => {
      current = []
      await action()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(300)
      steps.push({ step: name, requests: current })
    }
    const year = startRoute.split('/')[1]!
    await step(`open ${startRoute}`, async () => {
      await page.goto(origin + startRoute, { waitUntil: 'networkidle' })
      await page.locator('.area-header h1').waitFor()
    })
    const areaLinks = page.locator('.area-nav a.area-link:not([aria-current])')
    const secondArea = (await areaLinks.nth(1).getAttribute('href')) ?? ''
    await step(`to the area ${secondArea}`, async () => {
      await areaLinks.nth(1).click()
      await page.waitForURL((url) => url.pathname === secondArea)
      await page.locator('.area-header h1').waitFor()
    })
    // An article: of this area if it has any, else of the first area that does.
    let articles = page.locator('a.to-articles')
    if ((await articles.count()) === 0) {
      await step('back to the first area (the second has no articles)', async () => {
        await page.goBack()
        await page.waitForURL((url) => url.pathname === startRoute)
      })
      articles = page.locator('a.to-articles')
    }
    await step("to the area's articles", async () => {
      await articles.first().click()
      await page.waitForURL((url) => url.pathname.endsWith('/artiklar'))
    })
    await step('to an article', async () => {
      const article = page.locator('main a[href*="/artiklar/"]').first()
      const href = (await article.getAttribute('href')) ?? ''
      await article.click()
      await page.waitForURL((url) => url.pathname === href)
    })
    const otherYear = page.locator(`.year-nav a:not([href^="/${year}"])`).first()
    const otherHref = (await otherYear.getAttribute('href')) ?? ''
    await step(`to another year (${otherHref})`, async () => {
      await otherYear.click()
      await page.waitForURL((url) => url.pathname.startsWith(otherHref))
      await page.locator('main h1, main h2').first().waitFor()
    })
    return { steps, total: steps.reduce((sum, s) => sum + s.requests.length, 0) }
  } finally {
    await context.close()
  }
}

// Chart library and first paint ----------------------------------------------------------------

export interface ChartLoading {
  route: string
  firstContentfulPaint: number | null
  /** When the page asked for the chart library's chunk, or null when it never did. */
  chartRequestStart: number | null
  /** Whether a chart was drawn (an SVG inside .statistic-chart). */
  chartDrawn: boolean
}

/** When the chart library is requested compared to the first paint, on one route. */
export async function chartLoading(
  browser: Browser,
  origin: string,
  route: string,
  chartFiles: string[],
): Promise<ChartLoading> {
  const context = await newContext(browser)
  try {
    const page = await context.newPage()
    await page.goto(origin + route, { waitUntil: 'networkidle' })
    await page.waitForTimeout(500)
    return await page.evaluate(
      ({ route, files }) => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]
        const chart = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
          files.some((file) => entry.name.endsWith(`/${file}`)),
        )
        return {
          route,
          firstContentfulPaint: paint ? paint.startTime : null,
          chartRequestStart: chart ? chart.startTime : null,
          chartDrawn: document.querySelector('.statistic-chart svg.recharts-surface') !== null,
        }
      },
      { route, files: chartFiles },
    )
  } finally {
    await context.close()
  }
}

/** Whether the page shows `text` inside `selector` with JavaScript turned off. */
export async function readableWithoutJavaScript(
  browser: Browser,
  origin: string,
  route: string,
  selector: string,
  text: string,
): Promise<boolean> {
  const context = await newContext(browser, { javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.goto(origin + route, { waitUntil: 'load' })
    const element = page.locator(selector).first()
    if ((await element.count()) === 0 || !(await element.isVisible())) return false
    return ((await element.textContent()) ?? '').replace(/\s+/g, ' ').includes(text)
  } finally {
    await context.close()
  }
}
