import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/*
 * A Swedish public body's duties: the accessibility statement reachable from every page, a
 * footer (the page's contentinfo landmark) on every page but the embed view, and easy-to-read
 * summaries ("Lättläst") of the areas that have one.
 */

const statementHeading = 'Tillgänglighetsredogörelse för årsberättelsen'

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

async function openStatementFromFooter(page: Page) {
  const footer = page.getByRole('contentinfo')
  await expect(footer).toBeVisible()
  // The footer is the page's own, outside <main>.
  await expect(page.getByRole('main').getByRole('contentinfo')).toHaveCount(0)
  await expect(footer.getByRole('heading', { name: 'Region Kronoberg' })).toBeVisible()
  await expect(footer.getByRole('link', { name: 'regionens webbplats' })).toHaveAttribute(
    'href',
    'https://www.regionkronoberg.se/',
  )
  await expect(footer.getByText('Upphovsrätten till texterna tillhör Region Kronoberg.')).toBeVisible()
  await expect(footer.getByRole('link', { name: 'Den senaste årsberättelsen' })).toHaveAttribute('href', '/')
  await footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click()
  await expect(page).toHaveURL('/tillganglighet')
  await expect(page.getByRole('heading', { level: 1, name: statementHeading })).toBeVisible()
  await expect(page).toHaveTitle(`${statementHeading} – Årsberättelse`)
  // A new page starts at its top, with focus on its heading, which names it.
  await expect(page.getByRole('heading', { level: 1, name: statementHeading })).toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
}

for (const [what, path, heading] of [
  ['an area', '/2018/halso-och-sjukvard', 'Hälso- och sjukvård'],
  ['a statistic', '/2018/kollektivtrafik/marknadsandel', 'Kollektivtrafik'],
  [
    'an article',
    '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
    'Utvecklingsstrategin Närmare kronobergaren',
  ],
  ['the not-found view', '/finns/inte', 'Sidan finns inte'],
] as const) {
  test(`the footer of ${what} leads to the accessibility statement`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await openStatementFromFooter(page)
  })
}

test('the embed view has no footer, but its small print links to the statement in the top window', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard/besok/embed')
  await expect(page.getByRole('heading', { level: 1, name: 'Besök i hälso- och sjukvården' })).toBeVisible()
  await expect(page.getByRole('contentinfo')).toHaveCount(0)
  const link = page.getByRole('link', { name: 'Tillgänglighetsredogörelse' })
  await expect(link).toHaveAttribute('target', '_top')
  await link.click()
  await expect(page).toHaveURL('/tillganglighet')
  await expect(page.getByRole('heading', { level: 1, name: statementHeading })).toBeVisible()
})

test('the statement’s parts are headings, in the order of Digg’s model', async ({ page }) => {
  await page.goto('/tillganglighet')
  const main = page.getByRole('main')
  const outline = await main
    .locator('h1, h2, h3, h4')
    .evaluateAll((headings) =>
      headings.map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent?.trim()}`),
    )
  expect(outline).toEqual([
    `h1 ${statementHeading}`,
    'h2 Hur tillgänglig är webbplatsen?',
    'h2 Innehåll som inte är tillgängligt',
    'h3 Bristande förenlighet med lagkraven',
    'h4 Diagram när datorn visar forcerade färger',
    'h3 Innehåll som inte omfattas av lagstiftningen',
    'h4 Andra webbplatser som vi länkar till',
    'h2 Rapportera brister och få innehåll på annat sätt',
    'h2 Tillsyn',
    'h2 Hur vi testat webbplatsen',
    'h2 Om redogörelsen',
  ])
  await expect(
    main.getByText('Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service'),
  ).toBeVisible()
  await expect(main.getByText('Det här kan du göra i stället:').first()).toBeVisible()
  await expect(main.getByRole('link', { name: 'Region Kronoberg' })).toHaveAttribute(
    'href',
    'https://www.regionkronoberg.se/',
  )
  await expect(main.getByText('Svarstid')).toBeVisible()
  await expect(main.getByRole('link', { name: 'Kontakta Myndigheten för digital förvaltning (Digg)' })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  )
  await expect(main.getByText('Vi har gjort en självskattning (intern testning) av webbplatsen.')).toBeVisible()
  await expect(main.getByText('Senaste bedömningen gjordes 30 november 2026.')).toBeVisible()
  await expect(main.getByText('Redogörelsen granskades senast 30 november 2026.')).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()
})

test('“Lättläst” leads from an area to its easy-to-read summary, at its own address, and back', async ({ page }) => {
  await page.goto('/2018/kultur')
  await expect(page.getByRole('heading', { level: 1, name: 'Kultur' })).toBeVisible()
  await page.getByRole('link', { name: 'Lättläst', exact: true }).click()
  await expect(page).toHaveURL('/2018/kultur/lattlast')
  await expect(page.getByRole('heading', { level: 1, name: 'Lättläst: Kultur' })).toBeVisible()
  await expect(page).toHaveTitle('Lättläst: Kultur – Årsberättelse 2018 – Årsberättelse')
  await expect(page.getByText('Sagobygden var det första exemplet från Sverige.')).toBeVisible()
  // A new page: focus on its heading, which names it.
  await expect(page.getByRole('heading', { level: 1, name: 'Lättläst: Kultur' })).toBeFocused()
  await page.getByRole('link', { name: 'Tillbaka', exact: true }).click()
  await expect(page).toHaveURL('/2018/kultur')
  await expect(page.getByRole('heading', { level: 1, name: 'Kultur' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Lättläst', exact: true })).toBeVisible()
})

test('an area without a summary offers no “Lättläst”, and its address is not found', async ({ page }) => {
  await page.goto('/2019/kultur')
  await expect(page.getByRole('heading', { level: 1, name: 'Kultur' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Lättläst', exact: true })).toHaveCount(0)
  await page.goto('/2019/kultur/lattlast')
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible()
})
