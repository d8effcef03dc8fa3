import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { shownSlide } from './support'

/** A space between digit groups: sv-SE uses a no-break space, but either kind reads the same. */
const sp = '[\\s\\u00a0\\u202f]'
const doctorVisits = new RegExp(`424${sp}868`)
const otherVisits = new RegExp(`612${sp}166`)

const healthcare2018 = '/2018/halso-och-sjukvard'

/** The chart of the statistic shown: a figure holding the drawn graphic. */
function chartFigure(page: Page): Locator {
  return shownSlide(page).locator('figure.statistic-chart')
}

function graphic(page: Page): Locator {
  return shownSlide(page).locator('figure svg[role="img"]')
}

async function box(locator: Locator) {
  const rect = await locator.boundingBox()
  if (!rect) throw new Error('element has no box')
  return {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  }
}

test('the foreground statistic’s chart states its values, sv-SE formatted, to assistive technology', async ({
  page,
}) => {
  await page.goto(healthcare2018)
  const svg = graphic(page)
  await expect(svg).toBeVisible()
  await expect(svg).toHaveAttribute('aria-label', doctorVisits)
  await expect(svg).toHaveAttribute('aria-label', otherVisits)
  await expect(svg).toHaveAttribute('aria-label', /Läkare/)
  // The figure is named by its caption, and its legend names the segments in text.
  const figure = chartFigure(page)
  await expect(figure.locator('figcaption')).toHaveText(/Besök efter yrkesgrupp 2018/)
  await expect(figure.locator('.statistic-chart-legend li')).toHaveText([/Läkare/, /Annan yrkeskategori/])
})

test('the chart arrives without moving anything: its placeholder has the same size', async ({ page }) => {
  // Hold the chart's code back, so the placeholder can be measured first.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/RechartsChart-[^/]*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto(healthcare2018)
  const figure = chartFigure(page)
  const placeholder = figure.locator('.statistic-chart-placeholder')
  await expect(placeholder).toBeVisible()
  await expect(figure.locator('svg[role="img"]')).toHaveCount(0)
  const before = {
    frame: await box(placeholder),
    figure: await box(figure),
    legend: await box(figure.locator('.statistic-chart-legend')),
  }

  release()
  await expect(figure.locator('svg[role="img"]')).toBeVisible()
  await expect(placeholder).toHaveCount(0)
  const after = {
    frame: await box(figure.locator('.statistic-chart-frame')),
    figure: await box(figure),
    legend: await box(figure.locator('.statistic-chart-legend')),
  }
  expect(after).toEqual(before)
  // The drawing fills its frame.
  expect(await box(figure.locator('svg[role="img"]'))).toEqual(after.frame)
})

test('the chart fits the screen: no sideways scrolling, and a modest height', async ({ page }) => {
  await page.goto(healthcare2018)
  await expect(graphic(page)).toBeVisible()
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('no viewport')
  const frame = await box(chartFigure(page).locator('.statistic-chart-frame'))
  expect(frame.height).toBeGreaterThanOrEqual(180)
  expect(frame.height).toBeLessThanOrEqual(280)
  expect(frame.x).toBeGreaterThanOrEqual(0)
  expect(frame.x + frame.width).toBeLessThanOrEqual(viewport.width)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
})

test('nothing in the chart is a Tab stop', async ({ page }) => {
  await page.goto(healthcare2018)
  await expect(graphic(page)).toBeVisible()
  const tabStops = await chartFigure(page).evaluate(
    (figure) =>
      [...figure.querySelectorAll<HTMLElement | SVGElement>('*')].filter((element) => element.tabIndex >= 0).length,
  )
  expect(tabStops).toBe(0)
  await expect(chartFigure(page).locator('[role="application"]')).toHaveCount(0)
})

/** The CSS animations running in the chart's frame. */
async function runningAnimations(page: Page): Promise<number> {
  return chartFigure(page)
    .locator('.statistic-chart-frame')
    .evaluate((frame) => frame.getAnimations({ subtree: true }).length)
}

const animationName = (locator: Locator) =>
  locator.first().evaluate((element) => getComputedStyle(element).animationName)

test('the ring turns into place and bars grow, each drawn in full from its first frame', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto(healthcare2018)
  const sectors = chartFigure(page).locator('.recharts-pie-sector path')
  await expect(sectors).toHaveCount(2)
  expect(await animationName(chartFigure(page).locator('.recharts-pie'))).toBe('chart-turn')
  // The motion is CSS on the finished drawing: the segments' shapes never change.
  const first = await sectors.evaluateAll((paths) => paths.map((path) => path.getAttribute('d')))
  await expect.poll(() => runningAnimations(page)).toBe(0)
  expect(await sectors.evaluateAll((paths) => paths.map((path) => path.getAttribute('d')))).toEqual(first)

  await page.goto('/2018/kollektivtrafik/resor')
  const bars = chartFigure(page).locator('.statistic-chart-bar')
  await expect(bars).toHaveCount(2)
  expect(await animationName(bars)).toBe('chart-grow')
})

test('with reduced motion nothing in the chart moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(healthcare2018)
  await expect(chartFigure(page).locator('.recharts-pie-sector path')).toHaveCount(2)
  expect(await animationName(chartFigure(page).locator('.recharts-pie'))).toBe('none')
  expect(await runningAnimations(page)).toBe(0)

  await page.goto('/2018/kollektivtrafik/resor')
  const bars = chartFigure(page).locator('.statistic-chart-bar')
  await expect(bars).toHaveCount(2)
  expect(await animationName(bars)).toBe('none')
  expect(await runningAnimations(page)).toBe(0)
})
