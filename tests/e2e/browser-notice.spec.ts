import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The sample dataset's browserNotice, which the build writes into index.html.
const title = 'Angående din webbläsare'
const body =
  'Du använder just nu en webbläsare som inte kan visa den här webbplatsen. Årsberättelsen använder ny webbteknik som din webbläsare inte stöder, och därför går det inte att visa innehållet som det är tänkt. Vi rekommenderar därför att en modernare webbläsare används, till exempel den senaste versionen av Google Chrome, Firefox, Safari eller Microsofts webbläsare Edge.'
const path = '/2018/halso-och-sjukvard'

async function expectNoticeShown(page: Page) {
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await expect(page.getByRole('heading', { name: title })).toHaveCount(1)
  await expect(page.getByText(body, { exact: true }).filter({ visible: true })).toHaveCount(1)
  // Readable without the app: inside the viewport, no horizontal scrolling.
  const box = await page.locator('.browser-notice').filter({ visible: true }).boundingBox()
  const width = page.viewportSize()!.width
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(width)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader sees the notice instead of a blank page', async ({ page }) => {
    await page.goto(path)
    await expectNoticeShown(page)
  })
})

test.describe('a browser too old for the app', () => {
  // The app never starts there: nothing to wait for.
  test.use({ waitForApp: false })

  test('a browser without ES modules runs the nomodule script, which shows the notice', async ({ page, request }) => {
    const html = await (await request.get(path)).text()
    const script = /<script nomodule>([\s\S]*?)<\/script>/.exec(html)?.[1]
    expect(script, 'the built HTML has a nomodule script').toBeTruthy()
    // The app is a module script, added after the first paint by the page's start script.
    expect(html).toMatch(/<script id="app-start" data-entry="\/assets\/[^"]+\.js"/)

    // Such a browser runs the start script, but skips the module script it adds: nothing of the
    // app's code is ever run. Here, its files are never delivered.
    await page.route('**/assets/*.js', (route) => route.abort())
    await page.goto(path)
    // Chromium supports modules, so it skipped the nomodule script: the notice is still hidden.
    await expect(page.locator('#browser-notice')).toBeHidden()
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0)

    // Run that script, as a browser without module support does.
    await page.evaluate(script!)
    await expectNoticeShown(page)
    // The app never ran; the page's own content stays readable below the notice.
    await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()
    expect(
      await page
        .locator('#root > *')
        .first()
        .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__react'))),
    ).toBe(false)
  })
})

test('a modern browser with JavaScript on never shows the notice', async ({ page }) => {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0)
  await expect(page.locator('#browser-notice')).toBeHidden()
  await expect(page.locator('#browser-notice')).toHaveAttribute('hidden', '')
  await expect(page.getByText(body, { exact: true }).filter({ visible: true })).toHaveCount(0)
})
