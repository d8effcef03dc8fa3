import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { reportQuery } from '../../../src/content/queries'
import type { ReportQueryResult } from '../../../model/sanity.types'
import type { ContentSource } from '../../../src/content/sources'
import { bundledSource, renderApp } from '../../support/render-app'

const nbsp = '\u00a0'

async function reportFor(year: number | null) {
  return bundledSource().fetch<ReportQueryResult>(reportQuery, { year })
}

describe('an area', () => {
  test('/2018/halso-och-sjukvard opens on its foreground statistic, figures formatted sv-SE', async () => {
    renderApp('/2018/halso-och-sjukvard')
    expect(await screen.findByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeInTheDocument()
    expect(screen.getByText('Kronobergarnas vårdkonsumtion')).toBeInTheDocument()
    // Matchers fold white space; the figure itself must hold no-break spaces.
    const figures = screen.getAllByText('1 037 034')
    expect(figures[0]?.tagName).toBe('STRONG')
    expect(figures[0]?.textContent).toBe(`1${nbsp}037${nbsp}034`)
    expect(screen.getByText('424 868')).toBeInTheDocument()
    expect(screen.getByText('6,8')).toBeInTheDocument()
    expect(document.title).toBe('Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse')
  })

  test('the area navigation lists every area and marks the current one', async () => {
    renderApp('/2018/kollektivtrafik')
    const nav = await screen.findByRole('navigation', { name: 'Områden' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(
      expect.arrayContaining(['Hälso- och sjukvård', 'Kollektivtrafik', 'Regional utveckling', 'Kultur']),
    )
    expect(within(nav).getByRole('link', { current: 'page' })).toHaveTextContent('Kollektivtrafik')
  })

  test('/ shows the newest report and /2017 the first area of 2017', async () => {
    const latest = await reportFor(null)
    const { unmount } = renderApp('/')
    const years = await screen.findByRole('navigation', { name: 'Välj år' })
    // `/` is not the year's own address (`/{year}`): the year is current, not this page.
    expect(within(years).getByRole('link', { current: true })).toHaveTextContent(String(latest.report!.year))
    expect(within(years).queryByRole('link', { current: 'page' })).toBeNull()
    expect(screen.getByRole('heading', { level: 1, name: latest.report!.areas[0]!.title })).toBeInTheDocument()
    unmount()

    const y2017 = await reportFor(2017)
    renderApp('/2017')
    expect(await screen.findByRole('heading', { level: 1, name: y2017.report!.areas[0]!.title })).toBeInTheDocument()
  })

  test('a statistic’s own URL shows it, with its place among the area’s statistics', async () => {
    const healthcare = (await reportFor(2018)).report!.areas.find((area) => area.slug === 'halso-och-sjukvard')!
    const second = healthcare.statistics[1]!
    renderApp(`/2018/halso-och-sjukvard/${second.slug}`)
    expect(await screen.findByRole('heading', { level: 2, name: second.title })).toBeInTheDocument()
    expect(screen.getByText(`2 av ${healthcare.statistics.length}`)).toBeInTheDocument()
    // The foreground statistic's canonical address is the area's.
    expect(screen.getByRole('link', { name: 'Föregående statistik' })).toHaveAttribute(
      'href',
      '/2018/halso-och-sjukvard',
    )
    expect(document.title).toBe(`${second.title} – Hälso- och sjukvård – Årsberättelse 2018 – Årsberättelse`)
  })
})

describe('articles', () => {
  test('the area’s articles, and one article with its quotes, date and “Läs mer…”', async () => {
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard/artiklar')
    const link = await screen.findByRole('link', { name: 'Utvecklingsstrategin Närmare kronobergaren' })
    await user.click(link)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Utvecklingsstrategin Närmare kronobergaren' }),
    ).toBeInTheDocument()
    expect(screen.getByText('28 februari 2019')).toBeInTheDocument()
    expect(
      screen.getAllByText('Ingeborg Franzén, utvecklingsdirektör')[0]?.closest('figure')?.querySelector('blockquote'),
    ).not.toBeNull()
    expect(screen.getByRole('heading', { name: 'Läs mer…' })).toBeInTheDocument()
    // Opened cold from the list: back leads to the area.
    expect(screen.getByRole('link', { name: 'Tillbaka' })).toHaveAttribute('href', '/2018/halso-och-sjukvard')
    expect(document.title).toMatch(/^Utvecklingsstrategin Närmare kronobergaren – Årsberättelse 2018/)
  })
})

describe('the embed view', () => {
  test('shows the statistic without the report’s frame, with a link into the report', async () => {
    renderApp('/2018/halso-och-sjukvard/besok/embed')
    expect(await screen.findAllByText('1 037 034')).not.toHaveLength(0)
    expect(screen.queryByRole('navigation', { name: 'Områden' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Se statistiken i årsberättelsen' })).toHaveAttribute(
      'href',
      '/2018/halso-och-sjukvard/besok',
    )
  })
})

describe('not found', () => {
  test.each([
    '/1999',
    '/abc',
    '/2018/okant-omrade',
    '/2018/halso-och-sjukvard/okand-statistik',
    '/2018/halso-och-sjukvard/artiklar/okand-artikel',
    '/2018/halso-och-sjukvard/okand/embed',
    '/2018/a/b/c/d',
    '/ett/helt/annat/stalle',
  ])('%s leads back into the report', async (path) => {
    renderApp(path)
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Till den senaste årsberättelsen' })).toHaveAttribute('href', '/')
    expect(await screen.findByRole('link', { name: 'Kultur' })).toBeInTheDocument()
    expect(document.title).toBe('Sidan finns inte | Årsberättelse')
  })
})

describe('loading and failure', () => {
  test('while the report loads, a status message holds its place', async () => {
    const never: ContentSource = { name: 'bundled', fetch: () => new Promise(() => {}) }
    renderApp('/2018', never)
    expect(await screen.findByRole('status')).toHaveTextContent('Laddar årsberättelsen …')
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull()
  })

  test('a failed request shows a Swedish error, and “Försök igen” asks again and shows the report', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const working = bundledSource()
    let calls = 0
    const flaky: ContentSource = {
      name: 'sanity',
      fetch: (query, params) =>
        ++calls === 1 ? Promise.reject(new Error('Network down')) : working.fetch(query, params),
    }
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard', flaky)
    expect(await screen.findByRole('alert')).toHaveTextContent('Något gick fel')
    await user.click(screen.getByRole('button', { name: 'Försök igen' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  test('malformed content renders what it can instead of a blank page', async () => {
    const raw = await reportFor(2018)
    const area = raw.report!.areas.find((a) => a.slug === 'halso-och-sjukvard')!
    const broken = structuredClone(raw) as unknown as { report: { areas: unknown[] } }
    broken.report.areas = [
      {
        ...area,
        intro: [
          {
            _type: 'block',
            _key: 'x',
            children: [{ _type: 'span', _key: 'y', text: 'Klicka', marks: ['l'] }],
            markDefs: [{ _key: 'l', _type: 'link', href: 'javascript:alert(1)' }],
          },
        ],
        statistics: [
          { ...area.statistics[0], headline: null, info: 'inte en array', source: null, chart: { type: 'pie' } },
          null,
        ],
      },
      null,
    ]
    const source: ContentSource = { name: 'sanity', fetch: async () => broken as never }
    renderApp('/2018/halso-och-sjukvard', source)
    expect(await screen.findByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeInTheDocument()
    expect(screen.getByText('1 av 1')).toBeInTheDocument()
    // The unsafe link is shown as text, never as a javascript: link.
    expect(screen.getByText('Klicka').closest('a')).toBeNull()
    await waitFor(() => expect(document.querySelector('a[href^="javascript"]')).toBeNull())
  })
})
