import type { Page, Route } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/*
 * While a change of page is under way (the address already names the new page, the old one is
 * still on screen), nothing a reader does may act on the old page: keys are kept for the new
 * page, the old page takes no clicks, swipes or focus, and the area menu says what is shown.
 * The gap is made deterministic by holding back what the new page waits for.
 */

/** Holds back requests for `pattern` until `release()`. */
async function holdBack(page: Page, pattern: string) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  const held: Route[] = []
  await page.route(pattern, async (route) => {
    held.push(route)
    await released
    await route.continue()
  })
  return { release, held }
}

/** A finger (or mouse) drawn leftwards across the slide, one move per frame. */
async function swipeLeft(page: Page) {
  const box = await page.locator('.slide .headline').boundingBox()
  if (!box) throw new Error('no slide')
  const y = box.y + box.height / 2
  const from = box.x + box.width / 2
  await page.mouse.move(from, y)
  await page.mouse.down()
  for (let step = 1; step <= 8; step++) {
    await page.mouse.move(from - (160 * step) / 8, y)
    await page.waitForTimeout(16) // a gesture's pace, not a wait for a condition
  }
  await page.mouse.up()
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const areaNav = (page: Page) => page.getByRole('navigation', { name: 'Områden' })

test('another year on its way: the old page is inert, the menu says what is shown, keys act on the new page', async ({
  page,
}) => {
  await skipNavigationHelp(page)
  await page.goto('/2018/kollektivtrafik')
  // The other year's content is not in the page: hold back its request.
  const content = await holdBack(page, '**/assets/content/report-2017-*.json')
  await page.getByRole('navigation', { name: 'Välj år' }).getByRole('link', { name: '2017' }).click()
  await expect(page).toHaveURL(/\/2017$/)
  await expect.poll(() => content.held.length).toBeGreaterThan(0)
  // The gap: the address names 2017, the 2018 page is what is shown, and says so.
  await expect(heading(page)).toHaveText('Kollektivtrafik')
  await expect(page.getByRole('link', { name: /Årsberättelse 2018/ })).toBeVisible()
  await expect(areaNav(page).getByRole('link', { name: 'Kollektivtrafik' })).toHaveAttribute('aria-current', 'page')
  await expect(page.locator('main')).toHaveAttribute('inert', '')
  // A click on the old page's arrow and a swipe across its slide do nothing; ← and → wait for the new page.
  await page.getByRole('link', { name: 'Nästa statistik' }).click({ force: true })
  await swipeLeft(page)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/2017$/)
  await expect(page.locator('.statistic-position')).toHaveText(/^1 av /)
  content.release()
  await expect(page).toHaveURL(/\/2017\/kollektivtrafik\/[a-z0-9-]+$/)
  await expect(page.getByRole('link', { name: /Årsberättelse 2017/ })).toBeVisible()
  await expect(page.locator('.statistic-position')).toHaveText(/^2 av /)
  await expect(page.locator('main')).not.toHaveAttribute('inert', '')
  // The area shown is 2017's now; its link is the current area, not this page (a statistic of it).
  await expect(areaNav(page).getByRole('link', { name: 'Kollektivtrafik' })).toHaveAttribute(
    'href',
    '/2017/kollektivtrafik',
  )
  await expect(areaNav(page).getByRole('link', { name: 'Kollektivtrafik' })).toHaveAttribute('aria-current', 'true')
})
