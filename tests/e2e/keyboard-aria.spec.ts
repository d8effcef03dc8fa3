import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { position, skipNavigationHelp } from './support'

/**
 * The carousel listens for keys once its part of the page has come alive: the chart, drawn only
 * in the browser, shows that it has.
 */
async function carouselAlive(page: Page) {
  await expect(page.locator('.slide .statistic-chart svg[role="img"]')).toBeVisible()
}

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

const area = '/2018/halso-och-sjukvard'

test('→ inside the table’s scroll region scrolls the table, and the statistic and URL stay', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 })
  await page.goto(area)
  await carouselAlive(page)
  await page.getByRole('button', { name: 'Visa som tabell' }).click()
  const region = page.locator('.slide .data-table-region')
  await expect(region).toBeVisible()
  // At 320 px the table is wider than its region (the share column is cut off).
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  await region.focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  await expect(page).toHaveURL(new RegExp(`${area}$`))
  expect(await position(page)).toEqual([1, 4])
  await expect(region).toBeFocused()

  // Outside the region (the slide's heading), → is the carousel's again.
  await page.getByRole('heading', { level: 2, name: 'Besök i hälso- och sjukvården' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.statistic-position')).toHaveText('2 av 4')
})

test('↓ on a statistic scrolls the page and leaves the URL as it is; the articles are reached by their link', async ({
  page,
}) => {
  await page.setViewportSize({ width: page.viewportSize()!.width, height: 420 })
  await page.goto(area)
  await carouselAlive(page)
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.statistic-position')).toHaveText('2 av 4')
  const url = page.url()
  // After →, focus is on the new statistic's heading.
  await expect(page.getByRole('heading', { level: 2, name: 'Besök per patient' })).toBeFocused()
  const before = await page.evaluate(() => window.scrollY)
  expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 100)).toBe(true)
  await page.keyboard.press('ArrowDown')
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before)
  expect(page.url()).toBe(url)
  await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()

  await page.getByRole('link', { name: 'Artiklar om området' }).click()
  await expect(page).toHaveURL(/\/artiklar$/)
})

test('after a slide change the accessibility tree names the statistic shown, as a slide', async ({ page }) => {
  await page.goto(area)
  const carousel = page.getByRole('region', { name: 'Hälso- och sjukvård' })
  await expect(carousel.getByRole('group', { name: '1 av 4: Besök i hälso- och sjukvården' })).toBeVisible()
  await page.getByRole('link', { name: 'Nästa statistik' }).click()
  const slide = carousel.getByRole('group', { name: '2 av 4: Besök per patient' })
  await expect(slide).toBeVisible()
  await expect(slide).toHaveAttribute('aria-roledescription', 'bild')
  await expect(carousel.getByRole('group', { name: /^1 av 4/ })).toHaveCount(0)
  // The polite announcement names the statistic too.
  const live = carousel.locator('[aria-live="polite"][aria-atomic="true"]')
  await expect(live).toHaveText('2 av 4: Besök per patient')
  await expect(carousel).toMatchAriaSnapshot(`
    - 'group "2 av 4: Besök per patient"':
      - article:
        - heading "Besök per patient" [level=2]
  `)
})

test('after a page change focus is on the new page’s h1', async ({ page }) => {
  await page.goto(area)
  await page.getByRole('navigation', { name: 'Områden' }).getByRole('link', { name: 'Kultur' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kultur' })).toBeFocused()

  await page.goto(area)
  await page.getByRole('link', { name: 'Artiklar om området' }).click()
  const list = page.getByRole('heading', { level: 1, name: /^Artiklar/ })
  await expect(list).toBeFocused()
  await page.getByRole('link', { name: 'Utvecklingsstrategin Närmare kronobergaren' }).press('Enter')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Utvecklingsstrategin Närmare kronobergaren' }),
  ).toBeFocused()
  // From the keyboard too, the heading shows no ring: it is a place to read from, not a control.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('none')
  // Back to the slide the reader left: its area page, announced by its heading.
  await page.getByRole('link', { name: 'Tillbaka', exact: true }).press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeFocused()
})

test('aria-current="page" only on a link to the page shown; "true" on the current year and area elsewhere', async ({
  page,
}) => {
  const years = page.getByRole('navigation', { name: 'Välj år' })
  const areas = page.getByRole('navigation', { name: 'Områden' })
  const current = (value: string) => page.locator(`[aria-current="${value}"]`)

  await page.goto('/2018')
  await expect(years.getByRole('link', { name: '2018' })).toHaveAttribute('aria-current', 'page')
  await expect(areas.getByRole('link', { name: 'Ekonomi' })).toHaveAttribute('aria-current', 'true')

  await page.goto(area)
  await expect(areas.getByRole('link', { name: 'Hälso- och sjukvård' })).toHaveAttribute('aria-current', 'page')
  await expect(years.getByRole('link', { name: '2018' })).toHaveAttribute('aria-current', 'true')

  for (const path of [
    `${area}/besok-per-patient`,
    `${area}/artiklar`,
    `${area}/artiklar/utvecklingsstrategin-narmare-kronobergaren`,
  ]) {
    await page.goto(path)
    await expect(current('true')).toHaveCount(2)
    await expect(current('page')).toHaveCount(0)
  }
})

test('the compare-years table has a caption; “« Tillbaka” is named “Tillbaka”', async ({ page }) => {
  await page.goto(`${area}/besok-per-patient`)
  await page.getByRole('button', { name: 'Jämför år' }).click()
  await expect(page.getByRole('dialog').getByRole('table', { name: 'Jämför år: Besök per patient' })).toBeVisible()
  await page.keyboard.press('Escape')

  await page.goto(`${area}/artiklar`)
  const back = page.getByRole('link', { name: 'Tillbaka', exact: true })
  await expect(back).toBeVisible()
  await expect(back).toHaveText('« Tillbaka')
})
