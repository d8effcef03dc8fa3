import { screen, waitFor, within } from '@testing-library/react'
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

const titleOf = (slide: Element) => slide.querySelector('.statistic-title')?.textContent
const aheadTitles = (container: HTMLElement) => [...container.querySelectorAll('.slide-ahead')].map(titleOf)
const shownSlide = (container: HTMLElement) => container.querySelector<HTMLElement>('.slide:not(.slide--leaving)')

/*
 * The slides next to the one shown are on the page before anyone asks for them, so that a press
 * only swaps which slide is shown: nothing new is drawn in the frame that answers it.
 */
describe('slides built ahead', () => {
  test('the next slide is built, hidden from sight, from assistive technology and from input', async () => {
    const { statistics } = await area(2018, 'halso-och-sjukvard')
    const { container } = renderApp('/2018/halso-och-sjukvard')
    await screen.findByRole('heading', { level: 2, name: statistics[0]!.title })
    await waitFor(() => expect(aheadTitles(container)).toEqual([statistics[1]!.title]))
    const ahead = container.querySelector('.slide-ahead')!
    expect(ahead).toHaveAttribute('aria-hidden', 'true')
    expect(ahead).toHaveAttribute('inert')
    expect(screen.queryByRole('heading', { name: statistics[1]!.title })).toBeNull()
    // One slide is a named group: the one shown.
    expect(screen.getAllByRole('group', { name: /^\d+ av \d+: / })).toHaveLength(1)
  })

  test('→ shows the very slide that was built ahead, and builds the ones next to it in turn', async () => {
    const { statistics } = await area(2018, 'halso-och-sjukvard')
    const user = userEvent.setup()
    const { container } = renderApp('/2018/halso-och-sjukvard')
    await screen.findByRole('heading', { level: 2, name: statistics[0]!.title })
    await waitFor(() => expect(aheadTitles(container)).toEqual([statistics[1]!.title]))
    const builtAhead = container.querySelector('.slide-ahead')!
    const first = shownSlide(container)!

    await user.keyboard('{ArrowRight}')
    expect(shownSlide(container)).toBe(builtAhead)
    // Once its first frame is painted, it takes input and the slide it replaced does not.
    await waitFor(() => expect(builtAhead).not.toHaveAttribute('inert'))
    expect(within(builtAhead as HTMLElement).getByRole('heading', { name: statistics[1]!.title })).toBeInTheDocument()
    await waitFor(() => expect(aheadTitles(container)).toEqual([statistics[0]!.title, statistics[2]!.title]))
    // The slide it replaced stays on the page, built ahead for ←.
    expect(container.querySelector('.slide-ahead')).toBe(first)
    expect(first).toHaveAttribute('inert')
    expect(first).toHaveAttribute('aria-hidden', 'true')
  })
})
