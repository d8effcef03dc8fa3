import { PRESENTATION_PARAM } from '../../src/content/sources/presentationContext'
import { readDataset } from '../support/dataset'
import { answerQuery, startStudioHost } from '../support/presentation/studio'
import type { SanityDocumentLike } from '../../src/content/sources/bundled'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/*
 * The app inside the Studio's Presentation tool: a page on another origin frames the built app,
 * as the Studio does, and plays the Studio's side of the protocol with @sanity/comlink
 * (tests/support/presentation). Its answers come from the sample dataset with a draft on top.
 */

// The host page is not the app: nothing there sets <html data-app="ready">.
test.use({ waitForApp: false })

const statisticId = 'statistic-2018-vard-besok'
const published = readDataset()
const original = published.find((doc) => doc._id === statisticId)!

function withDraft(changes: Record<string, unknown>): SanityDocumentLike[] {
  return [...published, { ...structuredClone(original), ...changes, _id: `drafts.${statisticId}` }]
}

const draftHeadline = [
  {
    _type: 'block',
    _key: 'utkast-block',
    style: 'normal',
    markDefs: [],
    children: [
      { _type: 'span', _key: 'utkast-text', text: 'Utkastet räknar ', marks: [] },
      { _type: 'headlineFigure', _key: 'utkast-figur', value: 1234567 },
      { _type: 'span', _key: 'utkast-slut', text: ' besök.', marks: [] },
    ],
  },
]
const draftChart = {
  ...(original.chart as object),
  categories: ['Läkare i utkastet', 'Sjuksköterskor i utkastet'],
}

test('the Studio’s drafts show in the framed app, follow edits, and open their fields on click', async ({
  page,
  baseURL,
}) => {
  let documents = withDraft({ title: 'Besök enligt utkastet', headline: draftHeadline, chart: draftChart })
  await page.exposeFunction('answerQuery', (query: string, params: Record<string, unknown>) =>
    answerQuery(documents, query, params),
  )
  await skipNavigationHelp(page)
  const host = await startStudioHost(`${baseURL}/2018/halso-och-sjukvard/besok?${PRESENTATION_PARAM}=drafts`)
  try {
    await page.goto(host.url)
    const app = page.frameLocator('iframe')
    const title = app.locator('.statistic-title', { hasText: 'Besök enligt utkastet' })

    // The draft's title, figure and chart, from the Studio's answers (no reload).
    await expect(title).toBeVisible()
    await expect(app.locator('.figure', { hasText: '1 234 567' })).toBeVisible()
    await expect(app.locator('.slide:not(.slide--leaving) .recharts-pie-sector path').first()).toBeVisible()
    await expect(app.getByText('Läkare i utkastet').first()).toBeVisible()
    // The app asked the Studio with the queries it always sends, one per year.
    const queries = await page.evaluate(() => window.studio.queries())
    expect(queries.length).toBeGreaterThan(0)
    expect(queries.every((query) => query.perspective === 'drafts' && query.projectId === 'arsberattelse')).toBe(true)
    await expect.poll(() => page.evaluate(() => window.studio.documents)).toContain(`drafts.${statisticId}`)

    // An edit in the Studio arrives as a new result and shows within a second, without a reload.
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!
    await frame.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    documents = withDraft({ title: 'Besök, ändrat i Studion', headline: draftHeadline, chart: draftChart })
    await page.evaluate(() => window.studio.resend())
    await expect(app.locator('.statistic-title', { hasText: 'Besök, ändrat i Studion' })).toBeVisible({
      timeout: 1000,
    })
    expect(await frame.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)

    // Hovering the headline outlines it; a click tells the Studio which field to open.
    const headline = app.locator('.statistic-title', { hasText: 'Besök, ändrat i Studion' })
    await headline.hover()
    const outline = app.locator('sanity-visual-editing [data-hovered]')
    await expect(outline).toBeVisible()
    // The outline is drawn around the headline itself.
    const [box, around] = [await headline.boundingBox(), await outline.boundingBox()]
    expect(Math.abs(box!.x - around!.x)).toBeLessThan(2)
    expect(Math.abs(box!.y - around!.y)).toBeLessThan(2)
    await headline.click()
    await expect.poll(() => page.evaluate(() => window.studio.focus.length)).toBeGreaterThan(0)
    const focus = (await page.evaluate(() => window.studio.focus.at(-1))) as { id: string; path: string }
    expect(focus.id).toBe(statisticId)
    expect(focus.path).toBe('title')

    // A number has no text to carry the source map: its data-sanity attribute does.
    const figure = app.locator('.figure', { hasText: '1 234 567' })
    await figure.hover()
    await figure.click()
    await expect
      .poll(async () => ((await page.evaluate(() => window.studio.focus.at(-1))) as { path: string }).path)
      .toBe('headline[_key=="utkast-block"].children[_key=="utkast-figur"].value')

    // Moving on in the app is reported to the Studio, so its address bar follows …
    await app.getByRole('link', { name: 'Nästa statistik' }).click()
    await expect
      .poll(() => page.evaluate(() => window.studio.navigations.map((navigation) => navigation.url)))
      .toContain('/2018/halso-och-sjukvard/besok-per-patient')
    // … and a page the editor picks in the Studio opens in the app.
    await page.evaluate(() => window.studio.navigate('/2018/kultur'))
    await expect(app.locator('h1', { hasText: 'Kultur' })).toBeVisible()
    expect(await frame.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
  } finally {
    await host.close()
  }
})
