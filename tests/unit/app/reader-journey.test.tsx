import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { reportQuery } from '../../../src/content/queries'
import { toReportPage } from '../../../src/content/report'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { bundledSource, renderApp } from '../../support/render-app'

async function area(year: number, slug: string) {
  const page = toReportPage(await bundledSource().fetch<ReportQueryResult>(reportQuery, { year }))
  return page.report!.areas.find((a) => a.slug === slug)!
}

const position = () => screen.getByText(/^\d+ av \d+$/).textContent

describe('moving through an area’s statistics', () => {
  test('→ and ← move one statistic, and stop at either end', async () => {
    const healthcare = await area(2018, 'halso-och-sjukvard')
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard')
    await screen.findByRole('heading', { level: 2, name: healthcare.statistics[0]!.title })
    await user.keyboard('{ArrowRight}')
    expect(await screen.findByRole('heading', { level: 2, name: healthcare.statistics[1]!.title })).toBeInTheDocument()
    expect(position()).toBe(`2 av ${healthcare.statistics.length}`)
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(position()).toBe(`1 av ${healthcare.statistics.length}`)
    expect(screen.getByRole('link', { name: 'Föregående statistik' })).toHaveAttribute('aria-disabled', 'true')
  })

  test('keys typed into a field or with a modifier are left alone', async () => {
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard')
    await screen.findByText(/^1 av \d+$/)
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}')
    expect(position()).toMatch(/^1 av/)
  })
})

describe('the info icon', () => {
  test('opens the definition, period and source; × closes it and focus returns to the icon', async () => {
    const healthcare = await area(2018, 'halso-och-sjukvard')
    const first = healthcare.statistics[0]!
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard')
    const info = await screen.findByRole('button', { name: `Mer om statistiken: ${first.title}` })
    await user.click(info)
    const dialog = await screen.findByRole('dialog', { name: first.title })
    expect(within(dialog).getByText('Period')).toBeInTheDocument()
    expect(within(dialog).getByText(first.period)).toBeInTheDocument()
    expect(within(dialog).getByRole('link', { name: first.source!.name })).toHaveAttribute('href', first.source!.url)
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }))
    expect(dialog).not.toHaveAttribute('open')
    expect(info).toHaveFocus()
  })
})

describe('articles and back', () => {
  test('“« Tillbaka” from an article returns to exactly the slide the reader left', async () => {
    const healthcare = await area(2018, 'halso-och-sjukvard')
    const third = healthcare.statistics[2]!
    const user = userEvent.setup()
    renderApp(`/2018/halso-och-sjukvard/${third.slug}`)
    await user.click(await screen.findByRole('link', { name: 'Artiklar om området' }))
    await user.click(await screen.findByRole('link', { name: healthcare.articles[0]!.title }))
    await screen.findByRole('heading', { level: 1, name: healthcare.articles[0]!.title })
    await user.click(screen.getByRole('link', { name: 'Tillbaka' }))
    expect(await screen.findByRole('heading', { level: 2, name: third.title })).toBeInTheDocument()
    expect(position()).toBe(`3 av ${healthcare.statistics.length}`)
  })

  test('↓ is left to scroll: it does not leave the statistics; the articles are reached by their link', async () => {
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard')
    const next = await screen.findByRole('link', { name: 'Nästa statistik' })
    act(() => next.focus())
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true })
    act(() => void next.dispatchEvent(down))
    expect(down.defaultPrevented).toBe(false)
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(screen.getByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { level: 1, name: /^Artiklar/ })).toBeNull()
    await user.click(screen.getByRole('link', { name: 'Artiklar om området' }))
    expect(await screen.findByRole('heading', { level: 1, name: /^Artiklar/ })).toBeInTheDocument()
  })
})

describe('switching year', () => {
  test('keeps the statistic by its key when the other year has it', async () => {
    const healthcare2018 = await area(2018, 'halso-och-sjukvard')
    const healthcare2017 = await area(2017, 'halso-och-sjukvard')
    const shared = healthcare2018.statistics.find(
      (s, i) => i > 0 && healthcare2017.statistics.some((t) => t.key === s.key),
    )!
    const target = healthcare2017.statistics.find((t) => t.key === shared.key)!
    const user = userEvent.setup()
    renderApp(`/2018/halso-och-sjukvard/${shared.slug}`)
    const years = await screen.findByRole('navigation', { name: 'Välj år' })
    await user.click(within(years).getByRole('link', { name: '2017' }))
    expect(await screen.findByRole('heading', { level: 2, name: target.title })).toBeInTheDocument()
    expect(
      within(screen.getByRole('navigation', { name: 'Välj år' })).getByRole('link', { current: true }),
    ).toHaveTextContent('2017')
  })

  test('else goes to the same area, or the first area', async () => {
    const culture2019 = await area(2019, 'kultur')
    const user = userEvent.setup()
    renderApp('/2018/kultur')
    const years = await screen.findByRole('navigation', { name: 'Välj år' })
    await user.click(within(years).getByRole('link', { name: '2019' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Kultur' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: culture2019.statistics[0]!.title })).toBeInTheDocument()
  })
})
