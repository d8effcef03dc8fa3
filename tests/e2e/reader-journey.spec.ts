import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { position, positionPattern, shownSlide, skipNavigationHelp } from './support'

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

const areas = ['Ekonomi', 'Hälso- och sjukvård', 'Kollektivtrafik', 'Regional utveckling', 'Kultur']

test('every area opens from the area navigation, on its first statistic', async ({ page }) => {
  await page.goto('/2018')
  const nav = page.getByRole('navigation', { name: 'Områden' })
  for (const name of areas) {
    await nav.getByRole('link', { name }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('.statistic-position')).toHaveText(/^1 av \d+$/)
  }
})

test('next and previous by arrow button, key and swipe; Back and Forward follow the slides', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard')
  await expect(page.locator('.statistic-position')).toHaveText(positionPattern)
  const [, total] = await position(page)
  expect(total).toBeGreaterThanOrEqual(3)

  await page.getByRole('link', { name: 'Nästa statistik' }).click()
  await expect(page.locator('.statistic-position')).toHaveText(`2 av ${total}`)
  await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard\/[a-z0-9-]+$/)

  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.statistic-position')).toHaveText(`3 av ${total}`)
  await page.keyboard.press('ArrowLeft')
  await expect(page.locator('.statistic-position')).toHaveText(`2 av ${total}`)

  await swipe(page, 'left')
  await expect(page.locator('.statistic-position')).toHaveText(`3 av ${total}`)
  await swipe(page, 'right')
  await expect(page.locator('.statistic-position')).toHaveText(`2 av ${total}`)

  await page.goBack()
  await expect(page.locator('.statistic-position')).toHaveText(`3 av ${total}`)
  await page.goForward()
  await expect(page.locator('.statistic-position')).toHaveText(`2 av ${total}`)

  await page.getByRole('link', { name: 'Föregående statistik' }).click()
  await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard$/)
  await expect(page.getByRole('link', { name: 'Föregående statistik' })).toHaveAttribute('aria-disabled', 'true')
})

test('the next slide is built ahead, unseen and out of reach, and → shows that very slide', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard/besok-per-patient')
  const ahead = page.locator('.slide-ahead')
  await expect(ahead).toHaveCount(2)
  // Laid out, with its chart drawn (so the press has nothing to draw: the previous statistic has
  // a chart, the next one a table), but not to be seen…
  await expect(ahead.nth(0).locator('.statistic-chart svg[role="img"]')).toBeAttached()
  const next = ahead.nth(1)
  expect(await next.evaluate((slide) => getComputedStyle(slide).opacity)).toBe('0')
  expect((await next.locator('.statistic-title').boundingBox())?.height).toBeGreaterThan(0)
  const nextTitle = await next.locator('.statistic-title').textContent()
  // … nor reached by assistive technology, the Tab key or the pointer.
  await expect(next).toHaveAttribute('aria-hidden', 'true')
  await expect(next).toHaveAttribute('inert', '')
  await expect(page.getByRole('heading', { level: 2, name: nextTitle! })).toHaveCount(0)
  const lastTool = shownSlide(page).locator('.tool-button').last()
  await lastTool.focus()
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.slide-ahead')))).toBe(false)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])

  await next.evaluate((slide) => ((slide as HTMLElement).dataset.builtAhead = 'yes'))
  await page.locator('body').focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.statistic-position')).toHaveText('3 av 4')
  await expect(shownSlide(page)).toHaveAttribute('data-built-ahead', 'yes')
  await expect(shownSlide(page)).not.toHaveAttribute('inert')
  await expect(page.getByRole('heading', { level: 2, name: nextTitle! })).toBeVisible()
})

test('a Ctrl/⌘-click on the next arrow opens that statistic in a new tab and leaves this one where it was', async ({
  page,
  context,
}) => {
  await page.goto('/2018/halso-och-sjukvard')
  await expect(page.locator('.statistic-position')).toHaveText(/^1 av/)
  const opened = context.waitForEvent('page')
  await page.getByRole('link', { name: 'Nästa statistik' }).click({ modifiers: ['ControlOrMeta'] })
  const tab = await opened
  await expect(tab).toHaveURL(/\/2018\/halso-och-sjukvard\/[a-z0-9-]+$/)
  await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard$/)
  await expect(page.locator('.statistic-position')).toHaveText(/^1 av/)
})

test('a vertical swipe scrolls instead of changing the statistic', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard')
  await expect(page.locator('.statistic-position')).toHaveText(/^1 av/)
  const slide = page.locator('.slide').first()
  await expect(slide).toHaveCSS('touch-action', 'pan-y')
})

test('the info icon opens the explanation; Esc and × close it and focus returns', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard')
  const info = page.getByRole('button', { name: /^Mer om statistiken/ })
  await info.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Källa')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(info).toBeFocused()
  await info.press('Enter')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Stäng' }).click()
  await expect(dialog).toBeHidden()
  await expect(info).toBeFocused()
})

test('an article, and “« Tillbaka” to exactly the slide the reader left', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard')
  await page.getByRole('link', { name: 'Nästa statistik' }).click()
  await page.getByRole('link', { name: 'Nästa statistik' }).click()
  await expect(page.locator('.statistic-position')).toHaveText(/^3 av/)
  const slideUrl = page.url()
  await page.getByRole('link', { name: 'Artiklar om området' }).click()
  await page.getByRole('link', { name: 'Utvecklingsstrategin Närmare kronobergaren' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Utvecklingsstrategin Närmare kronobergaren' }),
  ).toBeVisible()
  await expect(page.locator('blockquote').first()).toBeVisible()
  await page.getByRole('link', { name: 'Tillbaka', exact: true }).click()
  await expect(page).toHaveURL(slideUrl)
  await expect(page.locator('.statistic-position')).toHaveText(/^3 av/)
})

test('switching year keeps the reader on the same statistic where that year has it', async ({ page }) => {
  await page.goto('/2018/halso-och-sjukvard')
  await page.getByRole('navigation', { name: 'Välj år' }).getByRole('link', { name: '2017' }).click()
  await expect(page).toHaveURL(/\/2017\/halso-och-sjukvard$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()
})

test('with reduced motion, slides change without sliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/2018/halso-och-sjukvard')
  await expect(page.locator('.statistic-position')).toHaveText(/^1 av/)
  expect(await largestSlideOffset(page)).toBe(0)
})

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`after slide changes (reduced motion: ${reducedMotion}), only the slide shown can be seen`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion })
    await page.goto('/2018/halso-och-sjukvard')
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /slideMotion/.test(r.name)))
    await page.waitForLoadState('networkidle')
    // Forward, forward and back: each slide has been shown (and animated) before it waits again.
    for (const [key, shown] of [
      ['ArrowRight', 2],
      ['ArrowRight', 3],
      ['ArrowLeft', 2],
    ] as const) {
      await page.keyboard.press(key)
      await expect(page.locator('.statistic-position')).toHaveText(new RegExp(`^${shown} av`))
      await expect(page.locator('.slide--leaving')).toHaveCount(0)
      await expect(page.locator('.slide-ahead')).toHaveCount(2)
      const opacities = await page
        .locator('.slide-viewport > *')
        .evaluateAll((slides) => slides.map((slide) => [slide.className, getComputedStyle(slide).opacity]))
      expect(opacities).toEqual([
        ['slide-ahead', '0'],
        ['slide', '1'],
        ['slide-ahead', '0'],
      ])
    }
  })
}

test('without reduced motion, the next slide slides in from the right', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await page.goto('/2018/halso-och-sjukvard')
  await expect(page.locator('.statistic-position')).toHaveText(/^1 av/)
  // Let the lazily loaded animation code arrive, and run, before measuring (a change before it
  // has is not animated).
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /slideMotion/.test(r.name)))
  await page.waitForLoadState('networkidle')
  expect(await largestSlideOffset(page)).toBeGreaterThan(20)
})

/** Press → and watch every frame for 600 ms: the largest sideways offset of any slide. */
async function largestSlideOffset(page: Page): Promise<number> {
  return page.evaluate(async () => {
    let largest = 0
    const sample = () => {
      for (const slide of document.querySelectorAll<HTMLElement>('.slide')) {
        const matrix = new DOMMatrixReadOnly(getComputedStyle(slide).transform)
        largest = Math.max(largest, Math.abs(matrix.m41))
      }
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    const end = performance.now() + 600
    while (performance.now() < end) {
      sample()
      await new Promise(requestAnimationFrame)
    }
    return largest
  })
}

async function swipe(page: Page, direction: 'left' | 'right') {
  // While a slide change is under way the leaving slide is still there: wait for it to go.
  await expect(page.locator('.slide')).toHaveCount(1)
  await page.locator('.slide .headline').scrollIntoViewIfNeeded()
  const box = await page.locator('.slide .headline').boundingBox()
  if (!box) throw new Error('no slide')
  const y = box.y + box.height / 2
  const from = box.x + box.width / 2
  const to = from + (direction === 'left' ? -160 : 160)
  await page.mouse.move(from, y)
  await page.mouse.down()
  // One move per frame, as a finger does; all at once would be no gesture at all.
  for (let step = 1; step <= 8; step++) {
    await page.mouse.move(from + ((to - from) * step) / 8, y)
    await page.waitForTimeout(16)
  }
  await page.mouse.up()
}
