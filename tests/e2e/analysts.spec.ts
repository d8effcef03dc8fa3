import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { position, shownSlide, skipNavigationHelp } from './support'

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

const tools = (page: Page) => page.getByRole('group', { name: 'Data och delning' })

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

test.describe('deep links, loaded cold, show their place in the report', () => {
  test('a statistic: its area, its position, and → goes on to the next one', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard/besok-per-patient')
    await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Besök per patient' })).toBeVisible()
    const areas = page.getByRole('navigation', { name: 'Områden' })
    // The area is current, but its link is not this page.
    await expect(areas.getByRole('link', { name: 'Hälso- och sjukvård' })).toHaveAttribute('aria-current', 'true')
    await expect(page.locator('.statistic-position')).toHaveText(/^2 av \d+$/)
    const [, total] = await position(page)
    await page.getByRole('link', { name: 'Nästa statistik' }).click()
    await expect(page.locator('.statistic-position')).toHaveText(`3 av ${total}`)
    await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard\/hyrpersonal$/)
  })

  test('an area: on its foreground statistic, with the area navigation', async ({ page }) => {
    await page.goto('/2018/kollektivtrafik')
    await expect(page.getByRole('heading', { level: 1, name: 'Kollektivtrafik' })).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Områden' }).getByRole('link', { name: 'Kollektivtrafik' }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('.statistic-position')).toHaveText(/^1 av \d+$/)
    // The chart is drawn once the page runs (after a prerendered page has come alive): then → works.
    await expect(shownSlide(page).locator('.statistic-chart svg[role="img"]')).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('.statistic-position')).toHaveText(/^2 av \d+$/)
  })

  test('an article: within its area', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Utvecklingsstrategin Närmare kronobergaren' }),
    ).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Områden' }).getByRole('link', { name: 'Hälso- och sjukvård' }),
    ).toHaveAttribute('aria-current', 'true')
  })

  test('a renamed statistic’s old address leads to its address now', async ({ page }) => {
    await page.goto('/2018/kultur')
    await page.goto('/2018/halso-och-sjukvard/vardbesok')
    await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard\/besok$/)
    await expect(page.getByRole('heading', { level: 2, name: 'Besök i hälso- och sjukvården' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toHaveCount(0)
    // The old address was replaced, not added: Back goes to the page before it.
    await page.goBack()
    await expect(page).toHaveURL(/\/2018\/kultur$/)
    await page.goto('/2018/halso-och-sjukvard/vardbesok/embed')
    await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard\/besok\/embed$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Besök i hälso- och sjukvården' })).toBeVisible()
  })
})

test.describe('data', () => {
  test('“Visa som tabell” shows the numbers as a table, “Visa som diagram” the chart again; no axe violations with the table shown', async ({
    page,
  }) => {
    await page.goto('/2018/halso-och-sjukvard/besok')
    const figure = page.getByRole('figure', { name: /Besök efter yrkesgrupp 2018/ })
    await expect(figure).toBeVisible()
    await tools(page).getByRole('button', { name: 'Visa som tabell' }).click()
    const table = page.getByRole('table', { name: 'Besök efter yrkesgrupp 2018 (besök)' })
    await expect(table).toBeVisible()
    await expect(figure).toHaveCount(0)
    await expect(table.getByRole('columnheader')).toHaveText(['Kategori', 'Besök', 'Andel'])
    await expect(table.getByRole('rowheader')).toHaveText(['Läkare', 'Annan yrkeskategori', 'Totalt'])
    await expect(table.getByRole('cell')).toHaveText([
      '424\u00a0868',
      '41\u00a0%',
      '612\u00a0166',
      '59\u00a0%',
      '1\u00a0037\u00a0034',
      '100\u00a0%',
    ])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await expectNoViolations(page)

    const back = tools(page).getByRole('button', { name: 'Visa som diagram' })
    await expect(back).toBeFocused()
    await back.press('Enter')
    await expect(figure).toBeVisible()
    await expect(table).toHaveCount(0)
  })

  test('“Ladda ner data (CSV)” saves a Swedish CSV named after the statistic and year', async ({ page, baseURL }) => {
    await page.goto('/2018/kollektivtrafik/resor')
    const downloading = page.waitForEvent('download')
    await tools(page).getByRole('button', { name: 'Ladda ner data (CSV)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('resor-i-kollektivtrafiken-2018.csv')
    const bytes = await readFile((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines).toEqual([
      '# Resor i kollektivtrafiken',
      '# Period: 2018',
      '# Källa: Länstrafiken Kronoberg: Ökat resande och fortsatt hög kundnöjdhet (https://ltk.wm3.se/a/okat-resande-och-fortsatt-hog-kundnojdhet)',
      '# Enhet: miljoner resor',
      `# Adress: ${baseURL}/2018/kollektivtrafik/resor`,
      'Kategori;Miljoner resor (miljoner resor)',
      '2017;10,124',
      '2018;10,4',
      '',
    ])
  })
})

test.describe('share', () => {
  test('“Kopiera länk” puts the canonical address on the clipboard and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await page.goto('/2018/halso-och-sjukvard')
    await tools(page).getByRole('button', { name: 'Kopiera länk' }).click()
    await expect(shownSlide(page).locator('.statistic-tools > [aria-live="polite"]')).toHaveText('Länken är kopierad')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/2018/halso-och-sjukvard/besok`)
  })

  test('the tools fit the screen: nothing sideways, every tool at least 44×44', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard/besok')
    await expect(tools(page)).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    for (const button of await tools(page).getByRole('button').all()) {
      const box = (await button.boundingBox())!
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(box.height).toBeGreaterThanOrEqual(44)
    }
  })
})

test.describe('embed', () => {
  test('the embed code, pasted into a page, shows the statistic in a frame; its link opens the report in the top window', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await page.goto('/2018/halso-och-sjukvard/besok')
    await tools(page).getByRole('button', { name: 'Bädda in' }).click()
    const dialog = page.getByRole('dialog', { name: 'Bädda in statistiken: Besök i hälso- och sjukvården' })
    await expect(dialog).toBeVisible()
    await expectNoViolations(page)
    const code = await dialog.getByRole('textbox', { name: 'HTML-kod' }).inputValue()
    expect(code.split('\n')[0]).toBe(
      `<iframe src="${baseURL}/2018/halso-och-sjukvard/besok/embed" title="Besök i hälso- och sjukvården – Årsberättelse 2018" width="100%" height="480" style="border:0;width:100%" loading="lazy" data-arsberattelse></iframe>`,
    )
    await dialog.getByRole('button', { name: 'Kopiera koden' }).click()
    await expect(dialog.locator('[aria-live="polite"]')).toHaveText('Koden är kopierad')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(tools(page).getByRole('button', { name: 'Bädda in' })).toBeFocused()

    // Someone else's page on the same origin, with the code pasted in.
    await page.setContent(
      `<!doctype html><html lang="sv"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test</title></head><body><main><h1>Artikel</h1>${code}</main></body></html>`,
    )
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('heading', { level: 1, name: 'Besök i hälso- och sjukvården' })).toBeVisible()
    await expect(frame.locator('strong.figure').first()).toHaveText('1\u00a0037\u00a0034')
    await expect(frame.getByRole('figure', { name: /Besök efter yrkesgrupp 2018/ })).toBeVisible()
    await expect(frame.getByRole('navigation')).toHaveCount(0)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    const inner = page.frames().find((f) => f.url().endsWith('/embed'))!
    expect(
      await inner.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0)

    const link = frame.getByRole('link', { name: 'Se statistiken i årsberättelsen' })
    await expect(link).toHaveAttribute('target', '_top')
    await link.click()
    await expect(page).toHaveURL(`${baseURL}/2018/halso-och-sjukvard/besok`)
    await expect(page.getByRole('navigation', { name: 'Områden' })).toBeVisible()
  })
})

test.describe('other years', () => {
  test('“Jämför år” lists 2017 and 2018, fetched only when asked', async ({ page }) => {
    const datasetRequests: string[] = []
    page.on('request', (request) => {
      if (/\/assets\/content\/|\.ndjson|\/data\/query\//.test(request.url())) datasetRequests.push(request.url())
    })
    await page.goto('/2018/halso-och-sjukvard/besok')
    await expect(tools(page)).toBeVisible()
    const before = datasetRequests.length
    await tools(page).getByRole('button', { name: 'Jämför år' }).click()
    const dialog = page.getByRole('dialog', { name: 'Jämför år: Besök i hälso- och sjukvården' })
    await expect(dialog.getByRole('rowheader')).toHaveText(['2017', '2018 (visas nu)'])
    await expect(dialog.getByRole('cell')).toHaveText([
      '1\u00a0022\u00a0538\u00a0besök',
      '2017',
      '1\u00a0037\u00a0034\u00a0besök',
      '2018',
    ])
    // At most one content request for it (none when the page's own request already brought the
    // bundled dataset); opened again, none.
    const afterFirst = datasetRequests.length
    expect(afterFirst - before).toBeLessThanOrEqual(1)
    await expectNoViolations(page)
    await dialog.getByRole('button', { name: 'Stäng' }).click()
    await tools(page).getByRole('button', { name: 'Jämför år' }).click()
    await expect(dialog.getByRole('rowheader')).toHaveText(['2017', '2018 (visas nu)'])
    expect(datasetRequests.length).toBe(afterFirst)
    await dialog.getByRole('link', { name: '2017' }).click()
    await expect(page).toHaveURL(/\/2017\/halso-och-sjukvard\/besok$/)
    await expect(page.locator('strong.figure').first()).toHaveText('1\u00a0022\u00a0538')
  })
})
