import type { Page, Response } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/**
 * With the bundled dataset, the production build answers the app's queries from static files
 * written at build time, one per year: a reader gets the year asked for and nothing else, and
 * never the dataset or its query engine (groq-js).
 */

/** A string only groq-js's evaluator holds: a script that has it carries the query engine. */
const groqJsMarker = 'tuples can not be evaluated'

function recordResponses(page: Page) {
  const responses: Response[] = []
  page.on('response', (response) => void responses.push(response))
  return responses
}

const contentFiles = (responses: Response[]) =>
  responses.map((response) => new URL(response.url()).pathname).filter((path) => path.startsWith('/assets/content/'))

async function scriptsWithGroqJs(responses: Response[]): Promise<string[]> {
  const scripts = responses.filter((response) => /\.m?js$/.test(new URL(response.url()).pathname))
  expect(scripts.length).toBeGreaterThan(0)
  const found: string[] = []
  for (const script of scripts) if ((await script.text()).includes(groqJsMarker)) found.push(script.url())
  return found
}

test.beforeEach(async ({ page }) => skipNavigationHelp(page))

test('opening one year and switching to another fetches one content file, for that year, and no groq-js', async ({
  page,
}) => {
  const responses = recordResponses(page)
  await page.goto('/2018/halso-och-sjukvard')
  await expect(page.locator('strong.figure').first()).toHaveText('1\u00a0037\u00a0034')
  await page.waitForLoadState('networkidle')
  // The first view's content came with the page.
  expect(contentFiles(responses)).toEqual([])

  await page.getByRole('navigation', { name: 'Välj år' }).getByRole('link', { name: '2017' }).click()
  await expect(page).toHaveURL(/\/2017(?:\/|$)/)
  await expect(page.getByRole('link', { name: /Årsberättelse 2017/ })).toBeVisible()
  await page.waitForLoadState('networkidle')

  const files = contentFiles(responses)
  expect(files).toHaveLength(1)
  expect(files[0]).toMatch(/^\/assets\/content\/report-2017-[\w-]{8}\.json$/)
  expect(responses.filter((response) => /\.ndjson(?:$|\?)/.test(response.url()))).toEqual([])
  expect(await scriptsWithGroqJs(responses)).toEqual([])
})

test('the years comparison is a file of its own, fetched when asked for', async ({ page }) => {
  const responses = recordResponses(page)
  await page.goto('/2018/halso-och-sjukvard/besok')
  await page.waitForLoadState('networkidle')
  await page.getByRole('button', { name: 'Jämför år' }).first().click()
  const dialog = page.getByRole('dialog', { name: /^Jämför år/ })
  await expect(dialog.getByRole('rowheader')).toHaveText(['2017', '2018 (visas nu)'])
  expect(contentFiles(responses)).toEqual([expect.stringMatching(/^\/assets\/content\/years-[\w-]+\.json$/)])
  expect(await scriptsWithGroqJs(responses)).toEqual([])
})

test('a year no report has gets the not-found view from the content files', async ({ page }) => {
  const responses = recordResponses(page)
  await page.goto('/2018/halso-och-sjukvard')
  await page.evaluate(() => {
    history.pushState(null, '', '/1999')
    dispatchEvent(new PopStateEvent('popstate'))
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible()
  // The answer for a year the content lacks; the not-found view's links also ask for the newest.
  const files = contentFiles(responses)
  expect(files).toContainEqual(expect.stringMatching(/^\/assets\/content\/report-none-[\w-]{8}\.json$/))
  expect(files.filter((file) => !/\/report-(?:none|2019)-/.test(file))).toEqual([])
})

test.describe('a prerendered page carries its own area, and the rest of the year comes when asked for', () => {
  test('the page’s state holds no other area’s statistics or articles', async ({ request }) => {
    const html = await (await request.get('/2018/halso-och-sjukvard')).text()
    const state = /<script type="application\/json" id="report-state">([\s\S]*?)<\/script>/.exec(html)?.[1]
    expect(state).toBeDefined()
    const { queries } = JSON.parse(state!) as {
      queries: { queries: { state: { data: { report: { areas: { slug: string; statistics: unknown[] }[] } } } }[] }
    }
    const areas = queries.queries[0]!.state.data.report.areas
    expect(areas.map((area) => area.slug)).toContain('kollektivtrafik')
    for (const area of areas) {
      expect(area.statistics.length > 0, area.slug).toBe(area.slug === 'halso-och-sjukvard')
    }
    // Another area's statistic is not in the page at all.
    expect(html).not.toContain('Nöjda resenärer med buss och tåg')
  })

  test('another area of the same year is one content file, that year’s; coming back asks for nothing', async ({
    page,
  }) => {
    const responses = recordResponses(page)
    await page.goto('/2018/halso-och-sjukvard')
    await page.waitForLoadState('networkidle')
    expect(contentFiles(responses)).toEqual([])
    const areas = page.getByRole('navigation', { name: 'Områden' })
    await areas.getByRole('link', { name: 'Kollektivtrafik' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Kollektivtrafik' })).toBeVisible()
    await expect(page.locator('.statistic-position')).toHaveText(/^1 av \d+$/)
    await areas.getByRole('link', { name: 'Hälso- och sjukvård' }).click()
    await expect(page.locator('strong.figure').first()).toHaveText('1\u00a0037\u00a0034')
    await page.waitForLoadState('networkidle')
    expect(contentFiles(responses)).toEqual([expect.stringMatching(/^\/assets\/content\/report-2018-[\w-]{8}\.json$/)])
  })
})
