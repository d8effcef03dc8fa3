import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary).toEqual([])
}

test.describe('WCAG 2.x A/AA (axe-core)', () => {
  test.beforeEach(async ({ page }) => skipNavigationHelp(page))

  test('area view', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard')
    await expect(page.locator('strong.figure').first()).toBeVisible()
    await expectNoViolations(page)
  })

  test('statistic view with the info dialog open', async ({ page }) => {
    await page.goto('/2018/kollektivtrafik')
    await page.getByRole('link', { name: 'Nästa statistik' }).click()
    await expect(page.locator('.statistic-position')).toHaveText(/^2 av/)
    await expectNoViolations(page)
    await page.getByRole('button', { name: /^Mer om statistiken/ }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoViolations(page)
  })

  test('article list and article', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard/artiklar')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoViolations(page)
    await page.getByRole('link', { name: 'Utvecklingsstrategin Närmare kronobergaren' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Utvecklingsstrategin Närmare kronobergaren' }),
    ).toBeVisible()
    await expectNoViolations(page)
  })

  test('easy-to-read summary', async ({ page }) => {
    await page.goto('/2018/kollektivtrafik/lattlast')
    await expect(page.getByRole('heading', { level: 1, name: 'Lättläst: Kollektivtrafik' })).toBeVisible()
    await expectNoViolations(page)
  })

  test('accessibility statement', async ({ page }) => {
    await page.goto('/tillganglighet')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse för årsberättelsen' }),
    ).toBeVisible()
    await expectNoViolations(page)
  })

  test('not-found view', async ({ page }) => {
    await page.goto('/finns/inte')
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible()
    await expectNoViolations(page)
  })
})

test.describe('layout at every size', () => {
  test.beforeEach(async ({ page }) => skipNavigationHelp(page))

  for (const [width, height] of [
    [320, 568],
    [390, 844],
    [844, 390],
    [1024, 768],
    [1440, 900],
  ] as const) {
    test(`${width}×${height}: nothing cut off sideways, and every control at least 44×44`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      for (const path of [
        '/2018/halso-och-sjukvard',
        '/2018/regional-utveckling',
        '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
        '/2018/halso-och-sjukvard/lattlast',
        '/tillganglighet',
      ]) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0)
        // Controls (not links inside running text, which WCAG exempts).
        const small = await page.evaluate(() =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'button, .area-link, .pager-link, .year-nav a, .to-articles, .back-link, .site-title a, .plain-language-link a, .site-footer-links a',
            ),
          ]
            .filter((el) => el.offsetParent !== null)
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
            .map(({ el, box }) => `${el.className || el.tagName} ${Math.round(box.width)}×${Math.round(box.height)}`),
        )
        expect(small, path).toEqual([])
      }
    })
  }
})
