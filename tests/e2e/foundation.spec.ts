import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

const nbsp = '\u00a0'

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

test('the 2018 healthcare area opens on its foreground figure', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard')
  await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()
  const figure = page.locator('strong.figure').first()
  await expect(figure).toBeVisible()
  expect(await figure.textContent()).toBe(`1${nbsp}037${nbsp}034`)
  await expect(page).toHaveTitle('Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse')
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
})

test('moving between areas and statistics keeps the URL and the page in step', async ({ page }) => {
  await page.goto('/2018')
  await page.getByRole('navigation', { name: 'Områden' }).getByRole('link', { name: 'Hälso- och sjukvård' }).click()
  await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard$/)
  await expect(page.getByText(/^1 av \d+$/)).toBeVisible()
  await page.getByRole('link', { name: 'Nästa statistik' }).click()
  await expect(page.getByText(/^2 av \d+$/)).toBeVisible()
  await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard\/[a-z0-9-]+$/)
  await page.goBack()
  await expect(page.getByText(/^1 av \d+$/)).toBeVisible()
})

test('an unknown address shows the not-found view, which leads back into the report', async ({ page }) => {
  const response = await page.goto('/2018/ingenstans/alls')
  expect(response?.ok()).toBe(true)
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible()
  await page.getByRole('link', { name: 'Till den senaste årsberättelsen' }).click()
  await expect(page.getByRole('navigation', { name: 'Områden' })).toBeVisible()
})

test('a failing content request shows the error view, and retry recovers', async ({ page }) => {
  let failing = true
  // A page brings its own year's content; another year is a content request (the year's file
  // here): fail it, as a dropped connection would.
  await page.route(/\/assets\/content\/report-2017-/, (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  )
  await page.goto('/2018/halso-och-sjukvard')
  await page.waitForLoadState('networkidle')
  await page.getByRole('navigation', { name: 'Välj år' }).getByRole('link', { name: '2017' }).click()
  await expect(page.getByRole('alert')).toContainText('Något gick fel')
  failing = false
  await page.getByRole('button', { name: 'Försök igen' }).click()
  await expect(page.locator('strong.figure').first()).toHaveText('1 022 538')
})
