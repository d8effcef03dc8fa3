import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { skipNavigationHelp } from './support'

/*
 * The build writes every page as HTML (see build/prerender.ts): readable without JavaScript,
 * with its own head tags, and taken over in the browser without rendering anything again or
 * asking for the content again.
 */

const nbsp = '\u00a0'
const healthcare = '/2018/halso-och-sjukvard'
const visits = `${healthcare}/besok`
const visitsPerPatient = `${healthcare}/besok-per-patient`
const articles = `${healthcare}/artiklar`
const article = `${healthcare}/artiklar/utvecklingsstrategin-narmare-kronobergaren`
const embed = `${healthcare}/besok/embed`
const easyToRead = `${healthcare}/lattlast`
const statementPath = '/tillganglighet'
const siteUrl = 'http://localhost:4173'

/** The content requests the app would make without the page's own state. */
const contentRequest = /\/assets\/content\/|production[^/]*\.ndjson|\.api\.sanity\.io|\.apicdn\.sanity\.io/
/** What React logs for a prerendered page it could not take over as it was. */
const hydrationProblem = /hydrat|did not match|Minified React error #(418|419|421|422|423|425)\b/i

function attribute(html: string, tag: string, selector: RegExp, name: string): string | null {
  for (const element of html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? []) {
    if (!selector.test(element)) continue
    const value = new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1]
    if (value !== undefined) return decodeEntities(value)
  }
  return null
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

function headOf(html: string) {
  const head = /<head>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? ''
  return {
    titles: [...head.matchAll(/<title>([\s\S]*?)<\/title>/gi)].map((match) => decodeEntities(match[1]!)),
    description: attribute(head, 'meta', /name="description"/, 'content'),
    canonical: attribute(head, 'link', /rel="canonical"/, 'href'),
    og: (property: string) => attribute(head, 'meta', new RegExp(`property="og:${property}"`), 'content'),
    twitterCard: attribute(head, 'meta', /name="twitter:card"/, 'content'),
  }
}

function rootOf(html: string): string {
  return /<div id="root">([\s\S]*)<\/div>\s*<script type="application\/json"/.exec(html)?.[1] ?? ''
}

test.describe('the HTML itself, as fetched without a browser', () => {
  test('a statistic: its figures, title and head tags', async ({ request }) => {
    const response = await request.get(visits)
    expect(response.status()).toBe(200)
    const html = await response.text()
    const root = rootOf(html)
    expect(root).toContain(`1${nbsp}037${nbsp}034`)
    expect(root).toContain('Besök i hälso- och sjukvården')
    expect(root).toContain('<h1>Hälso- och sjukvård</h1>')
    const head = headOf(html)
    // The foreground statistic is the area's own page, whichever address names it.
    expect(head.titles).toEqual(['Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse'])
    expect(head.canonical).toBe(`${siteUrl}${healthcare}`)
    expect(head.og('url')).toBe(`${siteUrl}${healthcare}`)
    expect(head.og('title')).toBe('Hälso- och sjukvård – Årsberättelse 2018')
    expect(head.description).toMatch(new RegExp(`^Kronobergarna gjorde 1${nbsp}037${nbsp}034 besök`))
    expect(head.og('description')).toBe(head.description)
    expect(head.og('type')).toBe('website')
    expect(head.og('locale')).toBe('sv_SE')
    expect(head.og('site_name')).toBe('Årsberättelse')
    // Each of these pages shows a chart (the area's, or the article's area's): a large card.
    expect(head.twitterCard).toBe('summary_large_image')
    expect(html).toMatch(/<html lang="sv">/)
    // Head tags belong in <head>, once each, not in the body.
    expect(root).not.toMatch(/<title|<meta|<link/)
    expect(html.match(/<meta name="description"/g)).toHaveLength(1)
  })

  test('a statistic further on has a title and address of its own', async ({ request }) => {
    const html = await (await request.get(visitsPerPatient)).text()
    const head = headOf(html)
    expect(head.titles).toEqual([
      expect.stringMatching(/^Besök per patient – Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse$/),
    ])
    expect(head.canonical).toBe(`${siteUrl}${visitsPerPatient}`)
    expect(head.og('url')).toBe(`${siteUrl}${visitsPerPatient}`)
    expect(head.description).toMatch(/\d/)
    expect(rootOf(html)).toContain('2 av 4')
  })

  test('an area', async ({ request }) => {
    const html = await (await request.get(healthcare)).text()
    expect(rootOf(html)).toContain(`1${nbsp}037${nbsp}034`)
    const head = headOf(html)
    expect(head.titles).toEqual(['Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse'])
    expect(head.canonical).toBe(`${siteUrl}${healthcare}`)
    expect(head.og('title')).toBe('Hälso- och sjukvård – Årsberättelse 2018')
    expect(head.og('description')).toBeTruthy()
    expect(head.og('url')).toBe(`${siteUrl}${healthcare}`)
    // Each of these pages shows a chart (the area's, or the article's area's): a large card.
    expect(head.twitterCard).toBe('summary_large_image')
  })

  test('an article', async ({ request }) => {
    const html = await (await request.get(article)).text()
    const root = rootOf(html)
    expect(root).toContain('<h1>Utvecklingsstrategin Närmare kronobergaren</h1>')
    expect(root).toContain('<blockquote>')
    const head = headOf(html)
    expect(head.titles).toEqual(['Utvecklingsstrategin Närmare kronobergaren – Årsberättelse 2018 – Årsberättelse'])
    expect(head.og('title')).toBe('Utvecklingsstrategin Närmare kronobergaren – Årsberättelse 2018')
    expect(head.og('type')).toBe('article')
    expect(head.canonical).toBe(`${siteUrl}${article}`)
    expect(head.og('url')).toBe(`${siteUrl}${article}`)
    // The description is the article's lead, as the page shows it.
    expect(head.description).toBeTruthy()
    expect(root).toContain(head.description!.replace(/…$/, ''))
    expect(head.og('description')).toBe(head.description)
    // Each of these pages shows a chart (the area's, or the article's area's): a large card.
    expect(head.twitterCard).toBe('summary_large_image')
  })

  test('the embed view links to the statistic in the report', async ({ request }) => {
    const html = await (await request.get(embed)).text()
    const root = rootOf(html)
    expect(root).toContain(`1${nbsp}037${nbsp}034`)
    expect(root).toContain('<h1 id="statistic-statistic-2018-vard-besok" class="statistic-title"')
    const head = headOf(html)
    expect(head.titles).toEqual(['Besök i hälso- och sjukvården – Årsberättelse 2018 – Årsberättelse'])
    expect(head.og('title')).toBe('Besök i hälso- och sjukvården – Årsberättelse 2018')
    expect(head.og('description')).toMatch(new RegExp(`1${nbsp}037${nbsp}034`))
    expect(head.canonical).toBe(`${siteUrl}${healthcare}`)
    expect(head.og('url')).toBe(`${siteUrl}${healthcare}`)
    // Each of these pages shows a chart (the area's, or the article's area's): a large card.
    expect(head.twitterCard).toBe('summary_large_image')
  })

  test('the article list, the year and the newest report', async ({ request }) => {
    const list = headOf(await (await request.get(articles)).text())
    expect(list.titles).toEqual(['Artiklar: Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse'])
    expect(list.canonical).toBe(`${siteUrl}${articles}`)
    const year = await (await request.get('/2018')).text()
    expect(headOf(year).canonical).toBe(`${siteUrl}/2018`)
    expect(headOf(year).description).toMatch(/^Så gick 2018/)
    const latest = await (await request.get('/')).text()
    expect(headOf(latest).canonical).toBe(`${siteUrl}/`)
    expect(rootOf(latest)).toContain('Årsberättelse 2019')
  })

  test('the easy-to-read summary: its own page, title and address', async ({ request }) => {
    const response = await request.get(easyToRead)
    expect(response.status()).toBe(200)
    const html = await response.text()
    const root = rootOf(html)
    expect(root).toContain('<h1>Lättläst: Hälso- och sjukvård</h1>')
    expect(root).toContain('Varje patient gjorde i snitt nästan 7 besök.')
    expect(root).toContain(`href="${healthcare}"`)
    const head = headOf(html)
    expect(head.titles).toEqual(['Lättläst: Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse'])
    expect(head.canonical).toBe(`${siteUrl}${easyToRead}`)
    expect(head.og('url')).toBe(`${siteUrl}${easyToRead}`)
    expect(head.description).toMatch(/^Region Kronoberg har hand om hälso- och sjukvården/)
  })

  test('the accessibility statement: its own page, title and address, and its own content request', async ({
    request,
  }) => {
    const response = await request.get(statementPath)
    expect(response.status()).toBe(200)
    const html = await response.text()
    const root = rootOf(html)
    expect(root).toContain('<h1>Tillgänglighetsredogörelse för årsberättelsen</h1>')
    expect(root).toContain('<h2>Hur tillgänglig är webbplatsen?</h2>')
    expect(root).toContain('Webbplatsen är delvis förenlig med lagen')
    expect(root).toContain('href="https://www.digg.se/tdosanmalan"')
    expect(root).toContain('<footer class="site-footer">')
    const head = headOf(html)
    expect(head.titles).toEqual(['Tillgänglighetsredogörelse för årsberättelsen – Årsberättelse'])
    expect(head.canonical).toBe(`${siteUrl}${statementPath}`)
    expect(head.description).toMatch(/^Region Kronoberg står bakom årsberättelsen/)
    // The statement travels only with its own page, never with the report's.
    const state = (page: string) =>
      (
        JSON.parse(/<script type="application\/json" id="report-state">([\s\S]*?)<\/script>/.exec(page)![1]!) as {
          queries: { queries: { queryKey: unknown[] }[] }
        }
      ).queries.queries.map((query) => query.queryKey)
    expect(state(html)).toEqual(expect.arrayContaining([['accessibilityStatement']]))
    const area = await (await request.get(healthcare)).text()
    expect(state(area)).not.toContainEqual(['accessibilityStatement'])
    expect(rootOf(area)).not.toContain('Hur tillgänglig är webbplatsen?')
  })

  test('an address with a trailing slash is the same page', async ({ request }) => {
    const html = await (await request.get(`${healthcare}/`)).text()
    expect(headOf(html).canonical).toBe(`${siteUrl}${healthcare}`)
    expect(rootOf(html)).toContain(`1${nbsp}037${nbsp}034`)
  })

  test('an unknown address gets the not-found page, kept out of search engines', async ({ request }) => {
    const html = await (await request.get('/finns/inte')).text()
    expect(rootOf(html)).toContain('<h1>Sidan finns inte</h1>')
    // It leads back: the newest report's areas.
    expect(rootOf(html)).toContain('href="/2019/ekonomi"')
    const head = headOf(html)
    expect(head.titles).toEqual(['Sidan finns inte | Årsberättelse'])
    expect(html).toMatch(/<meta name="robots" content="noindex"/)
    expect(head.canonical).toBeNull()
    expect(await (await request.get('/404.html')).text()).toBe(html)
  })

  test('CMS text in the page state cannot end its script', async ({ request }) => {
    const html = await (await request.get(article)).text()
    const state = /<script type="application\/json" id="report-state">([\s\S]*?)<\/script>/.exec(html)?.[1]
    expect(state).toBeTruthy()
    expect(state).not.toContain('<')
    const parsed = JSON.parse(state!) as { path: string; queries: { queries: { queryKey: unknown[] }[] } }
    expect(parsed.path).toBe(article)
    // Only the year the page shows.
    expect(parsed.queries.queries.map((query) => query.queryKey)).toEqual([['report', 2018]])
  })
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('a reader sees the statistic and can follow its links', async ({ page }) => {
    await page.goto(visitsPerPatient)
    await expect(page.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Besök per patient' })).toBeVisible()
    await expect(page.locator('.statistic-position')).toHaveText('2 av 4')
    await expect(page).toHaveTitle(/^Besök per patient – Hälso- och sjukvård/)
    // The info dialog cannot open without JavaScript: its facts are on the page.
    const facts = page.locator('.statistic .statistic-facts').last()
    await expect(facts).toBeVisible()
    await expect(facts.getByText('Källa')).toBeVisible()
    await expect(facts.getByText('Period')).toBeVisible()
    await page.getByRole('link', { name: 'Nästa statistik' }).click()
    await expect(page).toHaveURL(/\/2018\/halso-och-sjukvard\/[a-z0-9-]+$/)
    await expect(page.locator('.statistic-position')).toHaveText('3 av 4')
  })

  test('an article reads in full', async ({ page }) => {
    await page.goto(article)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Utvecklingsstrategin Närmare kronobergaren' }),
    ).toBeVisible()
    await expect(page.locator('blockquote').first()).toBeVisible()
  })
})

/** Console messages, page errors and content requests while `path` loads and the app takes over. */
async function watchLoad(page: Page, path: string) {
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('request', (request) => {
    if (contentRequest.test(request.url())) requests.push(request.url())
  })
  // Would React throw the prerendered nodes away and render anew? Then #root loses its children.
  await page.addInitScript(() => {
    const record = window as unknown as { __rootReplaced: number }
    record.__rootReplaced = 0
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target as Element
        if (target.id === 'root' && mutation.removedNodes.length > 0)
          record.__rootReplaced += mutation.removedNodes.length
      }
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(path)
  return { problems, requests }
}

/** The app has taken over: React's own marks on the page's first element. */
async function appIsRunning(page: Page) {
  await page.waitForFunction(() => {
    const first = document.getElementById('root')?.firstElementChild
    return !!first && Object.keys(first).some((key) => key.startsWith('__reactFiber$'))
  })
  // Let lazily loaded parts (animation features, the chart) arrive and effects run.
  await page.waitForLoadState('networkidle')
}

/** Document titles (an SVG drawing's own <title> is not one). */
const documentTitles = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('title')].filter((title) => !title.closest('svg')).length)

const rootReplaced = (page: Page) =>
  page.evaluate(() => (window as unknown as { __rootReplaced: number }).__rootReplaced)

test.describe('the app takes over the prerendered page', () => {
  test.beforeEach(async ({ page }) => skipNavigationHelp(page))

  for (const [kind, path, heading] of [
    ['area', healthcare, 'Hälso- och sjukvård'],
    ['foreground statistic', visits, 'Hälso- och sjukvård'],
    ['statistic', visitsPerPatient, 'Hälso- och sjukvård'],
    ['article list', articles, 'Artiklar: Hälso- och sjukvård'],
    ['article', article, 'Utvecklingsstrategin Närmare kronobergaren'],
    ['embed', embed, 'Besök i hälso- och sjukvården'],
    ['newest report', '/', 'Ekonomi'],
    ['easy-to-read summary', easyToRead, 'Lättläst: Hälso- och sjukvård'],
    ['accessibility statement', statementPath, 'Tillgänglighetsredogörelse för årsberättelsen'],
  ] as const) {
    test(`${kind}: hydrated as it was, without warnings or a content request`, async ({ page }) => {
      const { problems, requests } = await watchLoad(page, path)
      await appIsRunning(page)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      expect(problems.filter((text) => hydrationProblem.test(text))).toEqual([])
      expect(problems).toEqual([])
      expect(requests).toEqual([])
      expect(await rootReplaced(page)).toBe(0)
      // React took over the head tags rather than adding its own.
      expect(await page.locator('head > title').count()).toBe(1)
      expect(await documentTitles(page)).toBe(1)
      expect(await page.locator('meta[name="description"]').count()).toBe(1)
      expect(await page.locator('link[rel="canonical"]').count()).toBe(1)
      expect(await page.locator('meta[property="og:title"]').count()).toBe(1)
      expect(await page.locator('meta[name="twitter:card"]').count()).toBe(1)
    })
  }

  test('not found: rendered in the browser from the page’s content, without warnings or a content request', async ({
    page,
  }) => {
    const { problems, requests } = await watchLoad(page, '/finns/inte')
    await appIsRunning(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Kultur' })).toHaveAttribute('href', '/2019/kultur')
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    expect(await documentTitles(page)).toBe(1)
    expect(await page.locator('meta[name="robots"]').count()).toBe(1)
    await expect(page).toHaveTitle('Sidan finns inte | Årsberättelse')
    await expect(page.locator('#root h1')).toHaveCount(1)
  })

  test('an address the build wrote no page for is rendered in the browser, with its own head', async ({ page }) => {
    // Valid, but not written: the build writes article lists only for areas that have articles.
    // The not-found page is served, and the app renders the address from its content.
    const { problems, requests } = await watchLoad(page, '/2019/ekonomi/artiklar')
    await expect(page.getByRole('heading', { level: 1, name: 'Artiklar: Ekonomi' })).toBeVisible()
    await appIsRunning(page)
    await expect(page).toHaveTitle('Artiklar: Ekonomi – Årsberättelse 2019 – Årsberättelse')
    expect(await documentTitles(page)).toBe(1)
    // The not-found page's "noindex" went with it.
    expect(await page.locator('meta[name="robots"]').count()).toBe(0)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}/2019/ekonomi/artiklar`)
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toHaveCount(0)
    expect(problems).toEqual([])
    expect(requests).toEqual([])
  })

  test('after taking over, the app works: → moves on, and the head follows', async ({ page }) => {
    const { problems, requests } = await watchLoad(page, healthcare)
    await appIsRunning(page)
    // React marks the page's nodes as it hydrates them, before the effects that follow run; the
    // carousel's keys are listened to from the effect that also asks for the slides' animation
    // code, so that request says the keys work (a press before it is lost, as on any page that
    // has not come alive yet).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /slideMotion/.test(r.name)))
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('.statistic-position')).toHaveText(/^2 av \d+$/)
    await expect(page).toHaveURL(visitsPerPatient)
    await expect(page).toHaveTitle('Besök per patient – Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${visitsPerPatient}`)
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}${visitsPerPatient}`)
    expect(await documentTitles(page)).toBe(1)
    expect(await page.locator('meta[name="description"]').count()).toBe(1)
    expect(await page.locator('link[rel="canonical"]').count()).toBe(1)

    await page.getByRole('link', { name: 'Artiklar om området' }).click()
    await page.getByRole('link', { name: 'Utvecklingsstrategin Närmare kronobergaren' }).click()
    await expect(page).toHaveTitle('Utvecklingsstrategin Närmare kronobergaren – Årsberättelse 2018 – Årsberättelse')
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    expect(await page.locator('meta[property="og:type"]').count()).toBe(1)
    // Everything within the year came with the first page.
    expect(requests).toEqual([])
    expect(problems).toEqual([])
  })

  test('the app is asked for only after the page’s first contentful paint', async ({ page }) => {
    await watchLoad(page, healthcare)
    await appIsRunning(page)
    const timings = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => /\/assets\/[^/]+\.js$/.test(new URL(entry.name).pathname))
      return {
        paint: paint?.startTime ?? null,
        firstScript: Math.min(...scripts.map((entry) => entry.startTime)),
        scripts: scripts.length,
      }
    })
    expect(timings.paint).not.toBeNull()
    expect(timings.scripts).toBeGreaterThan(0)
    expect(timings.firstScript).toBeGreaterThanOrEqual(timings.paint!)
  })

  test('a trailing slash is hydrated too', async ({ page }) => {
    const { problems, requests } = await watchLoad(page, `${healthcare}/`)
    await appIsRunning(page)
    await expect(page.locator('strong.figure').first()).toHaveText(`1${nbsp}037${nbsp}034`)
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    expect(await rootReplaced(page)).toBe(0)
  })

  test('a page that does not match what the app renders is reported (the check above can fail)', async ({
    page,
    request,
  }) => {
    const html = await (await request.get(visitsPerPatient)).text()
    const tampered = html.replace(
      '<p class="statistic-position">2 av 4</p>',
      '<p class="statistic-position">9 av 9</p>',
    )
    expect(tampered).not.toBe(html)
    await page.route(`**${visitsPerPatient}`, (route) => route.fulfill({ contentType: 'text/html', body: tampered }))
    const { problems } = await watchLoad(page, visitsPerPatient)
    await expect(page.locator('.statistic-position')).toHaveText('2 av 4')
    await expect.poll(() => problems.some((text) => hydrationProblem.test(text))).toBe(true)
  })
})
