import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/**
 * Every dialog of the app is the one Dialog: it closes from the backdrop only on a press *and*
 * a release there, never when a text selection started inside it ends on the backdrop.
 */
const statistic = '/2018/halso-och-sjukvard/besok-per-patient'

const kinds: { name: string; firstVisit?: boolean; open: (page: Page) => Promise<Locator> }[] = [
  {
    name: 'the navigation help',
    firstVisit: true,
    open: async (page) => {
      await page.goto(statistic)
      return page.getByRole('dialog', { name: 'Såhär navigerar du i årsberättelsen' })
    },
  },
  {
    name: 'the info dialog',
    open: async (page) => {
      await page.goto(statistic)
      await page.getByRole('button', { name: /^Mer om statistiken/ }).click()
      return page.getByRole('dialog', { name: 'Besök per patient' })
    },
  },
  {
    name: 'the embed dialog',
    open: async (page) => {
      await page.goto(statistic)
      await page.getByRole('button', { name: 'Bädda in' }).click()
      return page.getByRole('dialog', { name: /Besök per patient$/ })
    },
  },
  {
    name: 'the compare-years dialog',
    open: async (page) => {
      await page.goto(statistic)
      await page.getByRole('button', { name: 'Jämför år' }).click()
      const dialog = page.getByRole('dialog', { name: /Besök per patient$/ })
      await expect(dialog.getByRole('table')).toBeVisible()
      return dialog
    },
  },
]

/** The dialog is open and its opening animation has ended (so its box is where it stays). */
async function settled(dialog: Locator) {
  await expect(dialog).toBeVisible()
  await expect.poll(() => dialog.evaluate((d) => d.getAnimations().length)).toBe(0)
  const box = await dialog.boundingBox()
  if (!box) throw new Error('dialog not rendered')
  return box
}

/** A point on the backdrop: above the dialog, or beside it where there is more room. */
function backdropPoint(box: { x: number; y: number; width: number; height: number }, page: Page) {
  const viewport = page.viewportSize()!
  if (box.y >= 6) return { x: box.x + box.width / 2, y: box.y / 2 }
  if (box.x >= 6) return { x: box.x / 2, y: box.y + box.height / 2 }
  return { x: (box.x + box.width + viewport.width) / 2, y: box.y + box.height / 2 }
}

for (const kind of kinds) {
  test.describe(kind.name, () => {
    test.beforeEach(async ({ page }) => {
      if (!kind.firstVisit) await skipNavigationHelp(page)
    })

    test('a selection dragged from inside onto the backdrop keeps it open; a press and release on the backdrop closes it', async ({
      page,
    }) => {
      const dialog = await kind.open(page)
      const box = await settled(dialog)
      const outside = backdropPoint(box, page)
      // Press in the dialog's title text, drag out over the backdrop, release there.
      const title = await dialog.getByRole('heading', { level: 2 }).boundingBox()
      if (!title) throw new Error('no title')
      await page.mouse.move(title.x + 4, title.y + title.height / 2)
      await page.mouse.down()
      for (let step = 1; step <= 5; step++) {
        await page.mouse.move(
          title.x + 4 + ((outside.x - title.x - 4) * step) / 5,
          title.y + title.height / 2 + ((outside.y - title.y - title.height / 2) * step) / 5,
        )
      }
      await page.mouse.up()
      // What the press selected is still there to copy, and the dialog with it.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      await expect(dialog).toBeVisible()

      // Pressed on the backdrop, released inside: open too.
      await page.mouse.move(outside.x, outside.y)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.up()
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      await expect(dialog).toBeVisible()

      // A press and release on the backdrop closes it.
      await page.mouse.click(outside.x, outside.y)
      await expect(dialog).toBeHidden()
    })

    test('has no axe violations', async ({ page }) => {
      const dialog = await kind.open(page)
      await settled(dialog)
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .include('dialog[open]')
        .analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
    })
  })
}

test.describe('a dialog’s code loads on demand', () => {
  test.beforeEach(async ({ page }) => skipNavigationHelp(page))

  test('a press before the code has arrived marks the button busy; the dialog opens when it is there, focus inside, and goes back on close', async ({
    page,
  }) => {
    // Hold the info dialog's chunk until the press has been made (whether the idle preload or
    // the press asks for it first).
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let asked = false
    await page.route(/\/assets\/InfoDialogBody-[^/]+\.js$/, async (route) => {
      asked = true
      await held
      await route.continue()
    })
    await page.goto(statistic)
    const button = page.getByRole('button', { name: /^Mer om statistiken/ })
    const dialog = page.getByRole('dialog', { name: 'Besök per patient' })
    await button.click()
    await expect(button).toHaveAttribute('aria-busy', 'true')
    await expect(dialog).toBeHidden()
    await expect.poll(() => asked).toBe(true)

    release()
    await expect(dialog).toBeVisible()
    await expect(button).not.toHaveAttribute('aria-busy')
    await expect(dialog.getByRole('button', { name: 'Stäng' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(button).toBeFocused()
  })
})
