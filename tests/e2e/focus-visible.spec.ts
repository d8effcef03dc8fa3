import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/**
 * Every focus indicator on every surface has at least 3:1 against what is around it (WCAG 2.4.7,
 * 2.4.13 as a goal). For each element a reader can Tab to, focused as from the keyboard, the
 * computed outline colour is compared with the effective background behind the outline: the
 * colours of the element's ancestors, composited, and what actually lies under the ring on
 * screen (which differs for anything positioned over another surface).
 */

interface Finding {
  element: string
  problem: string
}

/** Every tabbable element in the open modal dialog, or else on the page, checked in the page. */
function checkFocusRings(): Finding[] {
  type RGBA = [number, number, number, number]
  const parse = (value: string): RGBA | null => {
    const match = /rgba?\(([^)]+)\)/.exec(value)
    if (!match) return null
    const parts = match[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number)
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1]
  }
  const over = (top: RGBA, bottom: RGBA): RGBA => {
    const a = top[3] + bottom[3] * (1 - top[3])
    if (a === 0) return [0, 0, 0, 0]
    const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a
    return [mix(0), mix(1), mix(2), a]
  }
  /** The colour an element's box shows: its own background over its ancestors'. */
  const effectiveBackground = (start: Element | null): RGBA => {
    const layers: RGBA[] = []
    for (let el = start; el; el = el.parentElement) {
      const colour = parse(getComputedStyle(el).backgroundColor)
      if (colour && colour[3] > 0) {
        layers.push(colour)
        if (colour[3] >= 1) break
      }
      // A modal dialog is in the top layer: nothing of the page shows through it.
      if (el instanceof HTMLDialogElement && el.open) break
    }
    let result: RGBA = [255, 255, 255, 1] // the canvas
    for (const layer of layers.reverse()) result = over(layer, result)
    return result
  }
  const luminance = ([r, g, b]: RGBA) => {
    const channel = (c: number) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }
  const contrast = (a: RGBA, b: RGBA) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi! + 0.05) / (lo! + 0.05)
  }
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`

  const dialog = document.querySelector('dialog[open]')
  const root: ParentNode = dialog ?? document
  const candidates = [
    ...root.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]',
    ),
  ].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert], [hidden], dialog:not([open])') &&
      el.checkVisibility({ visibilityProperty: true }),
  )
  const findings: Finding[] = []
  if (candidates.length === 0) findings.push({ element: '(none)', problem: 'nothing to focus' })
  for (const el of candidates) {
    el.focus()
    if (document.activeElement !== el) {
      findings.push({ element: describe(el), problem: 'cannot take focus' })
      continue
    }
    if (!el.matches(':focus-visible')) {
      findings.push({ element: describe(el), problem: 'focused from the keyboard, but not :focus-visible' })
      continue
    }
    const style = getComputedStyle(el)
    const width = parseFloat(style.outlineWidth)
    if (style.outlineStyle === 'none' || !(width >= 2)) {
      findings.push({
        element: describe(el),
        problem: `no focus ring (outline ${style.outlineStyle} ${style.outlineWidth})`,
      })
      continue
    }
    const ring = parse(style.outlineColor)
    if (!ring) {
      findings.push({ element: describe(el), problem: `outline colour ${style.outlineColor}` })
      continue
    }
    // Around the ring: the ancestors' background, and what lies on screen under the middle of
    // each side of the ring.
    const behind: { where: string; colour: RGBA }[] = [
      { where: 'ancestors', colour: effectiveBackground(el.parentElement) },
    ]
    const box = el.getBoundingClientRect()
    const reach = Math.max(0, parseFloat(style.outlineOffset) || 0) + width / 2
    for (const [where, x, y] of [
      ['above', box.left + box.width / 2, box.top - reach],
      ['below', box.left + box.width / 2, box.bottom + reach],
      ['left', box.left - reach, box.top + box.height / 2],
      ['right', box.right + reach, box.top + box.height / 2],
    ] as const) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue
      const under = document.elementsFromPoint(x, y).find((hit) => hit !== el && !el.contains(hit))
      if (under) behind.push({ where, colour: effectiveBackground(under) })
    }
    const ringOver = (background: RGBA) => over(ring, background)
    for (const { where, colour } of behind) {
      const ratio = contrast(ringOver(colour), colour)
      if (ratio < 3) {
        findings.push({
          element: describe(el),
          problem: `ring ${style.outlineColor} on rgb(${colour.slice(0, 3).map(Math.round).join(', ')}) (${where}): ${ratio.toFixed(2)}:1`,
        })
      }
    }
  }
  // Leave focus where it was found, at the start.
  ;(document.activeElement as HTMLElement | null)?.blur()
  return findings
}

/** Puts the page in keyboard mode (focus moved by script then shows its ring, as after Tab). */
async function keyboardMode(page: Page) {
  await page.keyboard.press('Shift')
  await page.keyboard.press('Tab')
}

async function expectVisibleRings(page: Page, scope: Locator | null = null) {
  if (scope) await expect.poll(() => scope.evaluate((d) => d.getAnimations().length)).toBe(0)
  await keyboardMode(page)
  expect(await page.evaluate(checkFocusRings)).toEqual([])
}

const statistic = '/2018/halso-och-sjukvard/besok-per-patient'

test.describe('views', () => {
  test.beforeEach(async ({ page }) => skipNavigationHelp(page))

  test('area view', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard')
    await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()
    await expectVisibleRings(page)
  })

  test('statistic, with its numbers as a table', async ({ page }) => {
    await page.goto(statistic)
    await page.getByRole('button', { name: 'Visa som tabell' }).click()
    await expect(page.locator('.slide .data-table-region')).toBeVisible()
    await expectVisibleRings(page)
  })

  test('article list and article', async ({ page }) => {
    await page.goto('/2018/halso-och-sjukvard/artiklar')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectVisibleRings(page)
    await page.goto('/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectVisibleRings(page)
  })

  test('embed', async ({ page }) => {
    await page.goto(`${statistic}/embed`)
    await expect(page.getByRole('heading', { name: 'Besök per patient' })).toBeVisible()
    await expectVisibleRings(page)
  })

  test('not found', async ({ page }) => {
    await page.goto('/finns/inte')
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible()
    await expectVisibleRings(page)
  })
})

test.describe('dialogs', () => {
  test('the navigation help, on a first visit', async ({ page }) => {
    await page.goto('/2018')
    const dialog = page.getByRole('dialog', { name: 'Såhär navigerar du i årsberättelsen' })
    await expect(dialog).toBeVisible()
    await expectVisibleRings(page, dialog)
  })

  test.describe('on a statistic', () => {
    test.beforeEach(async ({ page }) => {
      await skipNavigationHelp(page)
      await page.goto(statistic)
    })

    test('info', async ({ page }) => {
      await page.getByRole('button', { name: /^Mer om statistiken/ }).click()
      await expectVisibleRings(page, page.getByRole('dialog'))
    })

    test('embed code', async ({ page }) => {
      await page.getByRole('button', { name: 'Bädda in' }).click()
      await expectVisibleRings(page, page.getByRole('dialog'))
    })

    test('compare years', async ({ page }) => {
      await page.getByRole('button', { name: 'Jämför år' }).click()
      await expect(page.getByRole('dialog').getByRole('table')).toBeVisible()
      await expectVisibleRings(page, page.getByRole('dialog'))
    })
  })
})
