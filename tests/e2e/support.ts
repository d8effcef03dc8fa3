import type { Locator, Page } from '@playwright/test'
import { navigationHelpDismissedKey, navigationHelpDismissedValue } from '../../src/features/navigation-help/preference'

/** The navigation help opens on a first visit; journeys that are not about it start as a returning reader. */
export async function skipNavigationHelp(page: Page) {
  await page.addInitScript(
    ([key, value]) => {
      try {
        window.localStorage.setItem(key, value)
      } catch {
        // storage unavailable: the help simply shows, as for any first visit
      }
    },
    [navigationHelpDismissedKey, navigationHelpDismissedValue] as const,
  )
}

/**
 * The slide on screen: not one on its way out, nor one of the slides next to it that the page
 * builds ahead, unseen (`.slide-ahead`).
 */
export function shownSlide(page: Page | Locator): Locator {
  return page.locator('.slide:not(.slide--leaving)')
}

/** The statistic position text, e.g. "2 av 4". */
export const positionPattern = /^(\d+) av (\d+)$/

export async function position(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.statistic-position').textContent()) ?? ''
  const match = positionPattern.exec(text.trim())
  if (!match) throw new Error(`No position in "${text}"`)
  return [Number(match[1]), Number(match[2])]
}
