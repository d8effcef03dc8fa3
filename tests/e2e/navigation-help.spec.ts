import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { navigationHelpDismissedKey } from '../../src/features/navigation-help/preference'

const helpTitle = 'Såhär navigerar du i årsberättelsen'
const dontShowAgain = 'Visa inte den här rutan igen'
const path = '/2018/halso-och-sjukvard'

const helpDialog = (page: Page) => page.getByRole('dialog', { name: helpTitle })
const helpButton = (page: Page) => page.getByRole('button', { name: 'Hjälp' })

/** The area has rendered and the help had every chance to open by itself. */
async function settled(page: Page, area = 'Hälso- och sjukvård') {
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeAttached()
  await expect(helpButton(page)).toBeVisible()
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

async function size(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not rendered')
  return box
}

test('the first visit shows the help; "don\'t show again" keeps it closed after a reload', async ({ page }) => {
  await page.goto(path)
  const dialog = helpDialog(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: helpTitle })).toBeVisible()
  await expect(dialog.getByRole('listitem')).toHaveCount(4)
  // Focus starts inside the dialog.
  await expect(dialog.getByRole('button', { name: 'Stäng' })).toBeFocused()

  await dialog.getByRole('checkbox', { name: dontShowAgain }).check()
  await dialog.getByRole('button', { name: 'Stäng' }).click()
  await expect(dialog).toBeHidden()
  await expect(helpButton(page)).toBeFocused()

  await page.reload()
  await settled(page)
  await expect(dialog).toBeHidden()

  // The help button still opens it, with the choice shown.
  await helpButton(page).click()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('checkbox', { name: dontShowAgain })).toBeChecked()

  // Unticking and closing forgets the choice: the next visit shows it again.
  await dialog.getByRole('checkbox', { name: dontShowAgain }).uncheck()
  await dialog.getByRole('button', { name: 'Stäng' }).click()
  await page.reload()
  await expect(dialog).toBeVisible()
})

test('closing without ticking the box shows the help again on the next visit', async ({ page }) => {
  await page.goto(path)
  await expect(helpDialog(page)).toBeVisible()
  await helpDialog(page).getByRole('button', { name: 'Stäng' }).click()
  await expect(helpDialog(page)).toBeHidden()
  await page.reload()
  await expect(helpDialog(page)).toBeVisible()
})

test('after closing it, moving on from / (a new layout) does not open the help again', async ({ page }) => {
  await page.goto('/')
  await expect(helpDialog(page)).toBeVisible()
  await helpDialog(page).getByRole('button', { name: 'Stäng' }).click()
  await page.getByRole('navigation', { name: 'Områden' }).getByRole('link', { name: 'Kultur' }).click()
  await expect(page).toHaveURL(/\/\d{4}\/kultur$/)
  await settled(page, 'Kultur')
  await expect(helpDialog(page)).toBeHidden()
})

test('a reader who dismissed the help earlier can use the page at once', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'true'), navigationHelpDismissedKey)
  await page.goto('/2018')
  await page.getByRole('navigation', { name: 'Områden' }).getByRole('link', { name: 'Hälso- och sjukvård' }).click()
  await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard$/)
  await settled(page)
  await expect(helpDialog(page)).toBeHidden()
})

test('Esc closes the help and focus returns to the help button, which reopens it', async ({ page }) => {
  await page.goto(path)
  const dialog = helpDialog(page)
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(helpButton(page)).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(helpButton(page)).toBeFocused()

  await helpButton(page).click()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(helpButton(page)).toBeFocused()
})

test('a click on the backdrop closes the help; a click inside it does not', async ({ page }) => {
  await page.goto(path)
  const dialog = helpDialog(page)
  await expect(dialog).toBeVisible()
  await dialog.getByRole('heading', { name: helpTitle }).click()
  await expect(dialog).toBeVisible()
  await page.mouse.click(2, 2)
  await expect(dialog).toBeHidden()
})

test('Tab and Shift+Tab stay inside the open dialog; the page behind is inert', async ({ page }) => {
  await page.goto(path)
  const dialog = helpDialog(page)
  await expect(dialog).toBeVisible()
  // Focus may pass through the browser's own interface (document.activeElement is <body>),
  // but never reaches anything on the page behind the dialog.
  const focusOutside = () =>
    page.evaluate(() => {
      const active = document.activeElement
      const inDialog = !!active && !!document.querySelector('dialog[open]')?.contains(active)
      return inDialog || active === document.body ? null : (active?.outerHTML.slice(0, 80) ?? null)
    })
  const visited = new Set<string>()
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    expect(await focusOutside(), `focus after ${key}`).toBeNull()
    visited.add(
      await page.evaluate(() => document.activeElement?.getAttribute('type') ?? document.activeElement?.tagName ?? ''),
    )
  }
  expect(visited).toContain('checkbox')
  expect(visited).toContain('button')
  // The page behind cannot be clicked while the dialog is open.
  const areaLink = page.getByRole('navigation', { name: 'Områden' }).getByRole('link').first()
  await expect(areaLink).toBeVisible()
  await expect(areaLink.click({ timeout: 500 })).rejects.toThrow()
  await expect(dialog).toBeVisible()
})

for (const viewport of [
  { width: 320, height: 568 },
  { width: 844, height: 390 },
]) {
  test(`the help fits a ${viewport.width}×${viewport.height} screen, scrolling inside itself`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await page.goto(path)
    const dialog = helpDialog(page)
    await expect(dialog).toBeVisible()
    // Let the opening animation finish before measuring.
    await expect.poll(() => dialog.evaluate((d) => d.getAnimations().length)).toBe(0)

    const box = await size(dialog)
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
    // No horizontal scrolling, in the dialog or the page.
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)

    // Targets of at least 44×44 px.
    for (const target of [dialog.getByRole('button', { name: 'Stäng' }), dialog.locator('label')]) {
      const { width, height } = await size(target)
      expect(height).toBeGreaterThanOrEqual(44)
      expect(width).toBeGreaterThanOrEqual(44)
    }

    // Everything can be reached by scrolling the dialog, and × stays in view meanwhile.
    const checkbox = dialog.getByRole('checkbox', { name: dontShowAgain })
    await checkbox.scrollIntoViewIfNeeded()
    await checkbox.check()
    const close = await size(dialog.getByRole('button', { name: 'Stäng' }))
    expect(close.y).toBeGreaterThanOrEqual(box.y)
    await dialog.getByRole('button', { name: 'Stäng' }).click()
    await expect(dialog).toBeHidden()

    const button = await size(helpButton(page))
    expect(button.width).toBeGreaterThanOrEqual(44)
    expect(button.height).toBeGreaterThanOrEqual(44)
  })
}

test('the open help has no axe violations', async ({ page }) => {
  await page.goto(path)
  await expect(helpDialog(page)).toBeVisible()
  await expect.poll(() => helpDialog(page).evaluate((d) => d.getAnimations().length)).toBe(0)
  const results = await new AxeBuilder({ page }).include('dialog[open]').analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
})

test('no opening animation when the reader prefers reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(path)
  const dialog = helpDialog(page)
  await expect(dialog).toBeVisible()
  expect(await dialog.evaluate((d) => getComputedStyle(d).animationName)).toBe('none')
})
