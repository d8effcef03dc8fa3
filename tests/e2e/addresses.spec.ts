import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/*
 * Addresses that are almost right, and addresses of the previous report site, lead to the page,
 * replacing the address (Back does not return to the near miss); the canonical link stays.
 */

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

const canonical = (page: Page) => page.locator('link[rel="canonical"]')

async function arrivesAt(page: Page, from: string, to: RegExp, heading: string) {
  await page.goto('/2019')
  await page.goto(from)
  await expect(page).toHaveURL(to)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  // The near miss was replaced: Back leads to the page before it.
  await page.goBack()
  await expect(page).toHaveURL(/\/2019$/)
}

test.describe('near misses', () => {
  for (const [from, to, heading] of [
    ['/2018/HALSO-OCH-SJUKVARD', /\/2018\/halso-och-sjukvard$/, 'Hälso- och sjukvård'],
    [
      '/2018/Halso-och-Sjukvard/BESOK-PER-PATIENT/',
      /\/2018\/halso-och-sjukvard\/besok-per-patient$/,
      'Hälso- och sjukvård',
    ],
    [
      '/2018/halso-och-sjukvard/?utm_source=nyhetsbrev&utm_medium=epost',
      /\/2018\/halso-och-sjukvard$/,
      'Hälso- och sjukvård',
    ],
    ['/2018/kollektivtrafik?fbclid=IwAR0abc', /\/2018\/kollektivtrafik$/, 'Kollektivtrafik'],
    ['/2018/kollektivtrafik/index.html', /\/2018\/kollektivtrafik$/, 'Kollektivtrafik'],
    ['/2018/h%61lso-och-sjukvard', /\/2018\/halso-och-sjukvard$/, 'Hälso- och sjukvård'],
  ] as const) {
    test(`${from}`, async ({ page }) => {
      await arrivesAt(page, from, to, heading)
    })
  }

  test('the canonical link names the page; the app’s own parameters stay', async ({ page }) => {
    await page.goto('/2018/HALSO-OCH-SJUKVARD/?forhandsvisning&utm_source=x')
    await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard\?forhandsvisning$/)
    await expect(canonical(page)).toHaveAttribute('href', /\/2018\/halso-och-sjukvard$/)
  })
})

test.describe('addresses of the previous report site', () => {
  for (const [from, to, heading] of [
    ['/arsberattelser/2018/?omrade=sjukvard', /\/2018\/halso-och-sjukvard$/, 'Hälso- och sjukvård'],
    ['/arsberattelser/2017/?omrade=reg_utv&level=1&dir=r', /\/2017\/regional-utveckling$/, 'Regional utveckling'],
    ['/arsberattelser/2018/?omrade=&level=1&dir=r&home=true', /\/2018$/, 'Ekonomi'],
    [
      '/2019/02/28/utvecklingsstrategin-narmare-kronobergaren/?ar=2018&omrade=sjukvard&level=1&dir=r',
      /\/2018\/halso-och-sjukvard\/artiklar\/utvecklingsstrategin-narmare-kronobergaren$/,
      'Utvecklingsstrategin Närmare kronobergaren',
    ],
  ] as const) {
    test(`${from}`, async ({ page }) => {
      await arrivesAt(page, from, to, heading)
    })
  }

  test('an old address no page replaced is “not found”', async ({ page }) => {
    await page.goto('/2019/02/28/finns-inte/?ar=2018')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte')
  })
})
