import { expect, test as base } from '@playwright/test'

/**
 * Playwright's `test`, with a page that waits for the app after each `page.goto`: a prerendered
 * page is readable (and shows its buttons) before the app starts, after the first paint, and a
 * person's click only does what the app does once it has taken the page over (`<html
 * data-app="ready">`). Tests about the page before or without the app set `waitForApp: false`.
 */
export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp, javaScriptEnabled }, use) => {
    if (waitForApp && javaScriptEnabled !== false) {
      const goto = page.goto.bind(page)
      page.goto = async (url, options) => {
        const response = await goto(url, options)
        await page.waitForFunction(() => document.documentElement.dataset.app === 'ready')
        return response
      }
    }
    await use(page)
  },
})

export { expect }
