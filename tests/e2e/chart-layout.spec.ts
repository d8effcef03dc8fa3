import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { shownSlide, skipNavigationHelp } from './support'

/**
 * Charts with many categories, or long category names, on a 320 px screen: every name stays
 * readable (written in full, or in the table), and no text in the chart overlaps other text or
 * is cut off by the drawing's edge. The charts are drawn from fixture numbers: the bundled
 * dataset is rewritten on its way to the page, for 2018, which the page fetches when the reader
 * switches to it from 2019 (a page's own year comes with its HTML).
 */
const longCategories = [
  'Primärvårdsmottagningar i Växjö',
  'Akutmottagningen vid Centrallasarettet',
  'Barn- och ungdomsmedicinska mottagningen',
  'Psykiatriska öppenvårdsmottagningar',
  'Folktandvården',
  'Habiliteringen',
  'Hörselvården och syncentralen',
  'Vårdcentraler i Ljungby',
  'Ambulanssjukvården',
  'Rehabiliteringsmedicinska kliniken',
  'Ögonsjukvårdsmottagningsverksamheten',
  'Övrigt',
]
const values = [424868, 612166, 98012, 150340, 310000, 12050, 44020, 85000, 61000, 23000, 18000, 5400]

function fixtureChart(type: string, series = 1) {
  return {
    _type: 'chart',
    type,
    title: 'Besök per verksamhet',
    unit: 'besök',
    categories: longCategories,
    series: Array.from({ length: series }, (_, index) => ({
      _type: 'chartSeries',
      _key: `s${index}`,
      name: index === 0 ? 'Besök' : `Besök ${index + 1}`,
      values: values.map((value) => Math.round(value / (index + 1))),
    })),
  }
}

async function showFixture(page: Page, chart: object) {
  await skipNavigationHelp(page)
  // 2018's report comes in its own content file when the reader switches to it: every
  // statistic in it gets the fixture's chart.
  await page.route(/\/assets\/content\/report-2018-[^/]*\.json/, async (route) => {
    const response = await route.fetch()
    const answer = (await response.json()) as { report: { areas: { statistics: object[] }[] } }
    for (const area of answer.report.areas)
      area.statistics = area.statistics.map((statistic) => ({ ...statistic, chart }))
    await route.fulfill({ response, json: answer })
  })
  await page.goto('/2019/halso-och-sjukvard')
  await page.getByRole('navigation', { name: 'Välj år' }).getByRole('link', { name: '2018' }).click()
  await expect(page).toHaveURL(/\/2018\//)
  await expect(shownSlide(page).locator('figure.statistic-chart figcaption')).toHaveText(/Besök per verksamhet/)
}

interface Box {
  text: string
  left: number
  top: number
  right: number
  bottom: number
}

/** Every visible text in the first chart's drawing, and the drawing's own box. */
async function chartTexts(page: Page): Promise<{ svg: Box; texts: Box[] }> {
  const svg = shownSlide(page).locator('figure.statistic-chart svg[role="img"]')
  await expect(svg).toBeVisible()
  // recharts draws its marks and labels in later tasks than the frame (deferredStoreSelector.ts).
  await expect(
    svg.locator('.statistic-chart-bar, .recharts-pie-sector path, .recharts-line-curve').first(),
  ).toBeAttached()
  // Wait until the entrance (charts.css) is over: boxes of moving text are not where they end.
  await expect.poll(() => svg.evaluate((element) => element.getAnimations({ subtree: true }).length)).toBe(0)
  return svg.evaluate((element) => {
    const box = (el: Element, text: string) => {
      const rect = el.getBoundingClientRect()
      return { text, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
    }
    const texts = [...element.querySelectorAll('text')]
      .filter((text) => (text.textContent ?? '').trim() !== '' && text.getBoundingClientRect().width > 0)
      .map((text) =>
        box(
          text,
          [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' ') || (text.textContent ?? ''),
        ),
      )
    return { svg: box(element, ''), texts }
  })
}

function expectApart(texts: Box[]) {
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      const a = texts[i]!
      const b = texts[j]!
      const overlap =
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
      expect(overlap, `"${a.text}" overlaps "${b.text}"`).toBe(false)
    }
  }
}

function expectInside(texts: Box[], frame: Box) {
  for (const text of texts) {
    expect(text.left, `"${text.text}" is cut off on the left`).toBeGreaterThanOrEqual(frame.left - 0.5)
    expect(text.right, `"${text.text}" is cut off on the right`).toBeLessThanOrEqual(frame.right + 0.5)
    expect(text.top, `"${text.text}" is cut off at the top`).toBeGreaterThanOrEqual(frame.top - 0.5)
    expect(text.bottom, `"${text.text}" is cut off at the bottom`).toBeLessThanOrEqual(frame.bottom + 0.5)
  }
}

/** A label broken across lines (at spaces, or at a hyphen inside a long word), for comparing. */
const joined = (text: string) => text.replace(/[\s-]/g, '')

async function noSidewaysScroll(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0)
}

async function tableRowHeaders(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Visa som tabell' }).first().click()
  const table = page.getByRole('table', { name: /Besök per verksamhet/ })
  return table.locator('tbody th').allTextContents()
}

test.use({ viewport: { width: 320, height: 740 } })

test.describe('charts with many, long category names at 320 px', () => {
  for (const series of [1, 2]) {
    test(`bars (${series} series): every name written in full, nothing overlapping or cut off`, async ({ page }) => {
      await showFixture(page, fixtureChart('bar', series))
      const { svg, texts } = await chartTexts(page)
      const labels = texts.filter((text) => longCategories.some((category) => joined(text.text) === joined(category)))
      expect(labels.map((label) => joined(label.text)).sort()).toEqual(longCategories.map(joined).sort())
      expectApart(texts)
      expectInside(texts, svg)
      await noSidewaysScroll(page)
    })
  }

  test('a line: the names it shows do not overlap or get cut off, and every name is in the table', async ({ page }) => {
    await showFixture(page, fixtureChart('line', 2))
    const { svg, texts } = await chartTexts(page)
    expect(texts.length).toBeGreaterThan(0)
    expectApart(texts)
    expectInside(texts, svg)
    await noSidewaysScroll(page)
    expect(await tableRowHeaders(page)).toEqual(longCategories)
  })

  test('a ring: every name in its legend, wrapped within the screen, none overlapping', async ({ page }) => {
    await showFixture(page, fixtureChart('donut'))
    const items = shownSlide(page).locator('figure.statistic-chart .statistic-chart-legend li')
    await expect(items).toHaveCount(longCategories.length)
    const boxes: Box[] = []
    for (const [index, category] of longCategories.entries()) {
      const item = items.nth(index)
      await expect(item).toContainText(category)
      const rect = await item.boundingBox()
      if (!rect) throw new Error('legend item has no box')
      boxes.push({
        text: category,
        left: rect.x,
        top: rect.y,
        right: rect.x + rect.width,
        bottom: rect.y + rect.height,
      })
    }
    expectApart(boxes)
    expectInside(boxes, { text: 'screen', left: 0, top: -Infinity, right: 320, bottom: Infinity })
    await noSidewaysScroll(page)
  })
})

test('the sample data at 320 px: no chart text overlaps or is cut off', async ({ page }) => {
  await skipNavigationHelp(page)
  for (const path of ['/2018/kultur/kulturradet', '/2018/kollektivtrafik/resor', '/2018/halso-och-sjukvard/besok']) {
    await page.goto(path)
    const { svg, texts } = await chartTexts(page)
    expectApart(texts)
    expectInside(texts, svg)
    await noSidewaysScroll(page)
  }
})
