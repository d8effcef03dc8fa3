import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/*
 * The analysts' second round, in the browser: the chart as an image, Citera, the embed that sizes
 * itself on a host page and follows a dark theme, and the files the build publishes.
 */

const tools = (page: Page) => page.getByRole('group', { name: 'Data och delning' })
const chartMarks = '.statistic-chart-bar, .recharts-pie-sector path, .recharts-line-curve'

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

test.describe('“Ladda ner bild”', () => {
  test('an SVG with the title, unit, period, source and region, that opens as a 1200 px image', async ({ page }) => {
    await page.goto('/2018/kollektivtrafik/resor')
    await expect(page.locator(chartMarks).first()).toBeVisible()
    const downloading = page.waitForEvent('download')
    await tools(page).getByRole('button', { name: 'Ladda ner bild (SVG)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('resor-i-kollektivtrafiken-2018.svg')
    const svg = await readFile((await download.path())!, 'utf8')
    const opened = await page.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      const image = new Image()
      image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
      await image.decode()
      return {
        error: doc.querySelector('parsererror') !== null,
        texts: [...doc.querySelectorAll('text')].map((node) => node.textContent),
        width: image.naturalWidth,
        height: image.naturalHeight,
      }
    }, svg)
    expect(opened.error).toBe(false)
    expect(opened.width).toBe(1200)
    expect(opened.height).toBe(720)
    expect(opened.texts).toEqual(
      expect.arrayContaining([
        'Resor i kollektivtrafiken',
        'miljoner resor · 2018',
        'Källa: Länstrafiken Kronoberg: Ökat resande och fortsatt hög kundnöjdhet',
        '10,124',
        '10,4',
      ]),
    )
    expect(opened.texts.some((text) => text?.startsWith('Region Kronoberg · Årsberättelse 2018'))).toBe(true)
  })

  test('a PNG at twice that size (2400 px wide), sharp in print, that opens as an image', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard/besok')
    await expect(page.locator(chartMarks).first()).toBeVisible()
    const downloading = page.waitForEvent('download')
    await tools(page).getByRole('button', { name: 'Ladda ner bild (PNG)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('besok-i-halso-och-sjukvarden-2018.png')
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 1440])
    const size = await page.evaluate(async (base64) => {
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      return [image.naturalWidth, image.naturalHeight]
    }, bytes.toString('base64'))
    expect(size).toEqual([2400, 1440])
  })
})

test.describe('Citera', () => {
  test('a Swedish citation with today’s date, copied to the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    await page.goto('/2018/halso-och-sjukvard/besok-per-patient')
    await tools(page).getByRole('button', { name: 'Citera' }).click()
    const dialog = page.getByRole('dialog', { name: /^Citera statistiken: / })
    const field = dialog.getByRole('textbox', { name: 'Källhänvisning' })
    const today = await page.evaluate(() => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(new Date()))
    await expect(field).toHaveValue(
      `Region Kronoberg (2018). Besök per patient. I Årsberättelse 2018. Hämtad ${today} från ${baseURL}/2018/halso-och-sjukvard/besok-per-patient`,
    )
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .include('dialog[open]')
      .analyze()
    expect(axe.violations.map((violation) => violation.id)).toEqual([])
    await dialog.getByRole('button', { name: 'Kopiera källhänvisningen' }).click()
    await expect(dialog.getByText('Källhänvisningen är kopierad')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue())
  })

  test('statistic pages carry citation_* tags for reference managers', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard/besok-per-patient')
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', 'Besök per patient')
    await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'Region Kronoberg')
  })
})

test.describe('the files the build publishes', () => {
  test('the statistic’s CSV at its address is the download’s file (the address line is the site’s)', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto('/2018/kollektivtrafik/resor')
    const downloading = page.waitForEvent('download')
    await tools(page).getByRole('button', { name: 'Ladda ner data (CSV)' }).click()
    const downloaded = await readFile((await (await downloading).path())!)
    const response = await request.get('/2018/kollektivtrafik/resor.csv')
    expect(response.ok()).toBe(true)
    const published = await response.body()
    // The build writes the published site's address (VITE_SITE_URL); the download, the host's.
    const siteUrl = /# Adress: (\S+)\/2018\/kollektivtrafik\/resor/.exec(published.toString('utf8'))![1]!
    expect(published.toString('utf8').replace(siteUrl, baseURL!)).toBe(downloaded.toString('utf8'))
    expect(published.length - siteUrl.length).toBe(downloaded.length - baseURL!.length)
  })

  test('the og:image of a statistic page is its 1200×630 PNG; the footer links the year’s data', async ({
    page,
    request,
  }) => {
    await page.goto('/2018/kollektivtrafik/resor')
    const image = await page.locator('meta[property="og:image"]').getAttribute('content')
    const response = await request.get(new URL(image!).pathname)
    const bytes = await response.body()
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'All statistik 2018 som en fil (CSV)' })
    const csv = await request.get((await link.getAttribute('href'))!)
    expect((await csv.text()).split('\r\n')[0]).toBe(
      'year,area,statistic,key,category,series,value,unit,period,source,url',
    )
  })
})
