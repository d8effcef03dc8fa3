import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import type { Frame, Page } from '@playwright/test'
import { startFramingHost, startStaticHost } from '../support/static-host'
import { expect, test } from './fixtures'

/*
 * The build served with the headers it tells a host to send (`dist/_headers`): every kind of
 * page, with its dialogs, tools, chunks loaded later and a CSV download, runs without a single
 * Content-Security-Policy violation; the embed works in a frame of another origin, other pages
 * refuse to be framed there.
 */

const buildDir = `node_modules/.e2e-build/${Number(process.env.E2E_PORT || 4173)}`
const servers: Server[] = []
let site = ''
let framing = ''
const embedPath = '/2018/halso-och-sjukvard/besok/embed'

test.beforeAll(async () => {
  const host = await startStaticHost(buildDir, 0)
  servers.push(host)
  site = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  // Another origin (another port) whose page frames the embed and an ordinary page.
  const framer = await startFramingHost(0, [`${site}${embedPath}`, `${site}/2018/halso-och-sjukvard`])
  servers.push(framer)
  framing = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`
})

test.afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))))
})

/** Records policy violations in every frame, and console errors. */
async function watchPolicy(page: Page) {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { violations: string[] }).violations = seen
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return {
    errors,
    violations: (target: Page | Frame = page) =>
      target.evaluate(() => (window as unknown as { violations: string[] }).violations),
  }
}

test('the headers: a policy with the inline scripts’ hashes, nosniff, a referrer policy', async ({ request }) => {
  const response = await request.get(`${site}/2018/halso-och-sjukvard`)
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-[^']+'/)
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/)
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
  const embed = await request.get(`${site}${embedPath}`)
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *')
  expect(embed.headers()['content-security-policy']).not.toContain("frame-ancestors 'self'")
  expect((await request.get(`${site}/finns/inte`)).status()).toBe(404)
})

test('no policy violation on any kind of page, its dialogs and tools included', async ({ page }) => {
  const policy = await watchPolicy(page)
  // A first visit: the navigation help opens.
  await page.goto(`${site}/2018/halso-och-sjukvard`)
  await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).click()
  await page.getByRole('button', { name: /^Mer om statistiken/ }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  const tools = page.getByRole('group', { name: 'Data och delning' })
  await tools.getByRole('button', { name: 'Visa som tabell' }).click()
  await expect(page.getByRole('table')).toBeVisible()
  const download = page.waitForEvent('download')
  await tools.getByRole('button', { name: 'Ladda ner data (CSV)' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.csv$/)
  await tools.getByRole('button', { name: 'Jämför år' }).click()
  await expect(page.getByRole('dialog').getByRole('table')).toBeVisible()
  await page.keyboard.press('Escape')
  // A slide change (the animation's chunk), then the charts of the next statistic.
  await page.locator('body').press('ArrowRight')
  await expect(page).toHaveURL(/\/besok-per-patient$/)
  expect(await policy.violations()).toEqual([])

  for (const path of [
    '/2018/kollektivtrafik/nojd-kund-index',
    '/2018/halso-och-sjukvard/artiklar',
    '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
    embedPath,
    '/finns/inte',
    '/',
  ]) {
    await page.goto(`${site}${path}`)
    await expect(page.locator('h1').first()).toBeVisible()
    expect(await policy.violations(), path).toEqual([])
  }
  expect(policy.errors.filter((text) => /Content.Security.Policy|Refused to/i.test(text))).toEqual([])
})

test.describe('in a frame on another site', () => {
  // The host page is not the app: nothing to wait for there.
  test.use({ waitForApp: false })

  test('the embed works, without violations; other pages refuse to be framed', async ({ page }) => {
    const policy = await watchPolicy(page)
    await page.goto(framing, { waitUntil: 'load' })
    const embed = page.frameLocator('#frame-0')
    await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Besök i hälso- och sjukvården')
    const embedFrame = page.frames().find((frame) => frame.url().endsWith(embedPath))!
    await expect.poll(() => embedFrame.evaluate(() => document.documentElement.dataset.app)).toBe('ready')
    expect(await policy.violations(embedFrame)).toEqual([])
    // The ordinary page: the browser refuses to show it here.
    await expect.poll(() => page.frames().some((frame) => frame.url().startsWith('chrome-error://'))).toBe(true)
    expect(page.frames().map((frame) => frame.url())).not.toContain(`${site}/2018/halso-och-sjukvard`)
  })
})
