import type { Page } from '@playwright/test'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/* An embed on another site: it sizes itself, follows a dark theme, and falls back to a visible link. */

const tools = (page: Page) => page.getByRole('group', { name: 'Data och delning' })
const chartMarks = '.statistic-chart-bar, .recharts-pie-sector path, .recharts-line-curve'

// The host page is not the app: the frames' pages are waited for where it matters. It is
// served by the test (page.route), which Chromium counts as a public site, and a public site
// may not frame a local address (Local Network Access): the test lifts that check, as a real
// host on the internet framing the published site would never meet it.
test.use({
  waitForApp: false,
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessChecks'],
  },
})

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

/** A page on another site holding the embed code as an analyst pastes it. */
async function hostPage(page: Page, baseURL: string, embedCode: string, { dark = false } = {}) {
  const html = `<!doctype html><html lang="sv"${dark ? ' style="color-scheme:dark;background:#101010;color:#eee"' : ''}>
<head><meta charset="utf-8"><title>Värdsida</title></head>
<body><h1>En annan webbplats</h1>${embedCode}<p>Text efter.</p></body></html>`
  // Another origin: the app is at 127.0.0.1.
  const host = `http://localhost:${new URL(baseURL).port}/vardsida`
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body: html }))
  await page.goto(host, { waitUntil: 'load' })
}

async function embedCodeFor(page: Page, path: string): Promise<string> {
  await page.goto(path)
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
  await tools(page).getByRole('button', { name: 'Bädda in' }).click()
  return page.getByRole('textbox', { name: 'HTML-kod' }).inputValue()
}

const frameHeight = (page: Page) =>
  page.locator('iframe').evaluate((frame) => Math.round(frame.getBoundingClientRect().height))

test.describe('an embed on another site', () => {
  test('the iframe takes the embed’s height, and follows it when the table opens and closes', async ({
    page,
    baseURL,
  }) => {
    const code = await embedCodeFor(page, '/2018/kollektivtrafik/nojd-kund-index')
    await hostPage(page, baseURL!, code)
    const frame = page.frameLocator('iframe')
    await expect(frame.locator('html[data-app="ready"]')).toBeAttached()
    await expect(frame.locator(chartMarks).first()).toBeVisible()
    // Sized to the content: the frame's page has no scroll of its own.
    const contentHeight = () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height))
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight())).toBe(0)
    const withChart = await frameHeight(page)

    await frame.getByRole('button', { name: 'Visa som tabell' }).click()
    await expect(frame.getByRole('table')).toBeVisible()
    await expect.poll(() => frameHeight(page)).not.toBe(withChart)
    await expect.poll(async () => (await frameHeight(page)) - (await contentHeight())).toBe(0)

    await frame.getByRole('button', { name: 'Visa som diagram' }).click()
    await expect(frame.getByRole('table')).toHaveCount(0)
    await expect.poll(() => frameHeight(page)).toBe(withChart)
  })

  test('without the script, the iframe still has a sensible height, a title and lazy loading', async ({
    page,
    baseURL,
  }) => {
    const code = await embedCodeFor(page, '/2018/kollektivtrafik/resor')
    const iframeOnly = code.split('\n')[0]!
    expect(iframeOnly).not.toContain('<script')
    await hostPage(page, baseURL!, iframeOnly)
    const iframe = page.locator('iframe')
    await expect(iframe).toHaveAttribute('title', 'Resor i kollektivtrafiken – Årsberättelse 2018')
    await expect(iframe).toHaveAttribute('loading', 'lazy')
    expect(await frameHeight(page)).toBe(480)
  })

  test('?tema=mork: a dark embed with a dark colour scheme, no white box on a dark page', async ({ page, baseURL }) => {
    const code = (await embedCodeFor(page, '/2018/kollektivtrafik/resor')).replace(
      `${baseURL}/2018/kollektivtrafik/resor/embed`,
      `${baseURL}/2018/kollektivtrafik/resor/embed?tema=mork`,
    )
    await hostPage(page, baseURL!, code, { dark: true })
    const frame = page.frameLocator('iframe')
    await expect(frame.locator('html[data-embed-theme="mork"]')).toBeAttached()
    const look = await frame.locator('html').evaluate((html) => {
      const style = getComputedStyle(html)
      const body = getComputedStyle(document.body)
      return {
        scheme: style.colorScheme,
        html: style.backgroundColor,
        body: body.backgroundColor,
        text: getComputedStyle(document.querySelector('h1')!).color,
        search: window.location.search,
      }
    })
    expect(look.search).toBe('?tema=mork')
    expect(look.scheme).toBe('dark')
    for (const background of [look.html, look.body]) {
      expect(background).not.toBe('rgb(255, 255, 255)')
      const [r = 0, g = 0, b = 0, a = 1] = background.match(/[\d.]+/g)!.map(Number)
      // Transparent, or dark.
      expect(a === 0 || (r + g + b) / 3 < 60).toBe(true)
    }
    expect(look.text).toBe('rgb(232, 237, 241)')
  })

  test('inside an iframe that allows no clipboard, “Kopiera länk” shows the link, selected', async ({
    page,
    baseURL,
  }) => {
    const code = await embedCodeFor(page, '/2018/kollektivtrafik/resor')
    await hostPage(page, baseURL!, code)
    const frame = page.frameLocator('iframe')
    await expect(frame.locator('html[data-app="ready"]')).toBeAttached()
    await frame.getByRole('button', { name: 'Kopiera länk' }).click()
    const field = frame.getByRole('textbox', { name: 'Länk till statistiken' })
    await expect(field).toBeVisible()
    await expect(field).toHaveValue(/\/2018\/kollektivtrafik\/resor$/)
  })
})
