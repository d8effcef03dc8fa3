import { QueryClient } from '@tanstack/react-query'
import { describe, expect, test } from 'vitest'
import { render } from '../../../src/entry-server'
import type { ContentSource } from '../../../src/content/sources/types'
import { bundledSource } from '../../support/render-app'

const source = bundledSource()
const nbsp = '\u00a0'

async function renderAt(path: string, from: ContentSource = source) {
  let requests = 0
  const counting: ContentSource = {
    name: from.name,
    fetch: (query, params) => {
      requests += 1
      return from.fetch(query, params)
    },
  }
  const result = await render(path, {
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    source: counting,
  })
  return { ...result, requests }
}

describe('src/entry-server.tsx renders a page with its content', () => {
  test('a statistic: content, head tags, state, one request', async () => {
    const result = await renderAt('/2018/halso-och-sjukvard/besok-per-patient')
    expect(result.status).toBe(200)
    expect(result.requests).toBe(1)
    expect(result.html).toContain(
      '<h2 id="statistic-statistic-2018-vard-besok-per-patient" class="statistic-title" tabindex="-1">Besök per patient</h2>',
    )
    expect(result.html).toContain('2 av 4')
    expect(result.head).toContain(
      '<title>Besök per patient – Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse</title>',
    )
    expect(result.head).toContain(
      '<link rel="canonical" href="http://localhost:4173/2018/halso-och-sjukvard/besok-per-patient" />',
    )
    // The chart is a placeholder until the browser has mounted it.
    expect(result.html).not.toContain('recharts')
    expect(result.dehydratedState.queries.map((query) => query.queryKey)).toEqual([['report', 2018]])
    expect(result.stateScript).toMatch(
      /^<script type="application\/json" id="report-state">\{"path":"\/2018\/halso-och-sjukvard\/besok-per-patient",/,
    )
  })

  test('a statistic’s page carries its own slide only: the slides next to it are built in the browser', async () => {
    const result = await renderAt('/2018/halso-och-sjukvard/besok-per-patient')
    expect(result.html.match(/class="statistic-title"/g)).toHaveLength(1)
    expect(result.html).not.toContain('slide-ahead')
  })

  test('head tags go to <head> only, never into the markup', async () => {
    for (const path of [
      '/',
      '/2018/halso-och-sjukvard',
      '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
      '/2018/halso-och-sjukvard/besok/embed',
      '/404',
    ]) {
      const { html, head } = await renderAt(path)
      expect(html, path).not.toMatch(/<(title|meta|link)\b/)
      expect(head.match(/<title>/g), path).toHaveLength(1)
    }
  })

  test('the figures are formatted sv-SE, as the browser formats them', async () => {
    const { html } = await renderAt('/2018/halso-och-sjukvard')
    expect(html).toContain(`<strong class="figure">1${nbsp}037${nbsp}034</strong>`)
    expect(html).toContain(`<strong class="figure">6,8</strong>`)
  })

  test('an article is published on a Swedish date', async () => {
    const { html, head } = await renderAt(
      '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
    )
    expect(html).toMatch(/<time dateTime="\d{4}-\d{2}-\d{2}">\d{1,2} [a-zåäö]+ \d{4}<\/time>/)
    expect(head).toContain('<meta property="og:type" content="article" />')
  })

  test('/ holds the newest report, also under its year, so /{year} next needs no request', async () => {
    const result = await renderAt('/')
    expect(result.status).toBe(200)
    const keys = result.dehydratedState.queries.map((query) => query.queryKey)
    expect(keys).toHaveLength(2)
    expect(keys).toEqual(
      expect.arrayContaining([
        ['report', 'latest'],
        ['report', 2019],
      ]),
    )
    expect(result.head).toContain('<link rel="canonical" href="http://localhost:4173/" />')
  })

  test('the not-found page, and anything that is not a page, answer 404', async () => {
    const notFound = await renderAt('/404')
    expect(notFound.status).toBe(404)
    expect(notFound.html).toContain('<h1>Sidan finns inte</h1>')
    expect(notFound.html).toContain('href="/2019/kultur"')
    expect(notFound.head).toContain('<meta name="robots" content="noindex" />')
    expect((await renderAt('/2018/ingenstans')).status).toBe(404)
    expect((await renderAt('/2018/halso-och-sjukvard/artiklar/ingen-artikel')).status).toBe(404)
    expect((await renderAt('/1999')).status).toBe(404)
  })

  test('content that cannot be fetched is a failed page, never an empty one', async () => {
    const failing: ContentSource = {
      name: 'sanity',
      fetch: () => Promise.reject(new Error('Sanity is down')),
    }
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void errors.push(args)
    try {
      const result = await renderAt('/2018/halso-och-sjukvard', failing)
      expect(result.status).toBe(500)
    } finally {
      console.error = original
    }
    expect(errors.length).toBeGreaterThan(0)
  })
})
