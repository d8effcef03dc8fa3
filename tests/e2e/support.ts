import type { Page } from '@playwright/test'

/** The navigation help opens on a first visit; journeys that are not about it start without it. */
export async function skipNavigationHelp(page: Page) {
  await page.addInitScript(() => {
    try {
      window.localStorage.setItem('arsberattelse:navigationHelp:dismissed', 'true')
    } catch {
      // storage unavailable: the help simply shows, as for any first visit
    }
  })
}

/** The statistic position text, e.g. "2 av 4". */
export const positionPattern = /^(\d+) av (\d+)$/

export async function position(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.statistic-position').textContent()) ?? ''
  const match = positionPattern.exec(text.trim())
  if (!match) throw new Error(`No position in "${text}"`)
  return [Number(match[1]), Number(match[2])]
}
