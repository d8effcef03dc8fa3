import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { reportQuery, statisticAcrossYearsQuery } from '../../../src/content/queries'
import { bundledSource, renderApp } from '../../support/render-app'
import { countingSource, nbsp, toolsName } from './support'

const acrossYears = (source: ReturnType<typeof countingSource>) =>
  source.calls.filter((call) => call.query === statisticAcrossYearsQuery)
const reports = (source: ReturnType<typeof countingSource>) => source.calls.filter((call) => call.query === reportQuery)

describe('“Jämför år”', () => {
  test('asks for the other years once, on demand, and lists each year’s headline value with a link to it', async () => {
    const source = countingSource(bundledSource())
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard/besok', source)
    const row = within(await screen.findByRole('group', { name: toolsName }))
    // Reading the page asks for its year only.
    expect(acrossYears(source)).toHaveLength(0)
    expect(reports(source)).toHaveLength(1)

    const button = row.getByRole('button', { name: 'Jämför år' })
    await user.click(button)
    const dialog = await screen.findByRole('dialog', { name: 'Jämför år: Besök i hälso- och sjukvården' })
    const table = await within(dialog).findByRole('table')
    expect(acrossYears(source)).toEqual([{ query: statisticAcrossYearsQuery, params: { key: 'vard-besok' } }])

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['År', 'Huvudtal', 'Period'])
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => [
        within(tr).getByRole('rowheader').textContent,
        ...within(tr)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ])
    expect(rows).toEqual([
      ['2017', `1${nbsp}022${nbsp}538${nbsp}besök`, '2017'],
      ['2018 (visas nu)', `1${nbsp}037${nbsp}034${nbsp}besök`, '2018'],
    ])
    expect(within(table).getByRole('link', { name: '2017' })).toHaveAttribute('href', '/2017/halso-och-sjukvard/besok')
    expect(within(table).queryByRole('link', { name: /2018/ })).not.toBeInTheDocument()

    // Closed and opened again: the answer is kept, not asked for again.
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }))
    expect(button).toHaveFocus()
    await user.click(button)
    expect(await within(dialog).findByRole('table')).toBeInTheDocument()
    expect(acrossYears(source)).toHaveLength(1)

    // The link leads to that year's statistic, and the dialog closes.
    await user.click(within(dialog).getByRole('link', { name: '2017' }))
    await waitFor(() =>
      expect(
        within(screen.getByRole('navigation', { name: 'Välj år' })).getByRole('link', { current: true }),
      ).toHaveTextContent('2017'),
    )
    // That year's statistic (2018's slide may still be leaving; text matching folds no-break spaces).
    expect(await screen.findByText('1 022 538', { selector: 'strong' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  test('a statistic found in one year only says so, in Swedish', async () => {
    const user = userEvent.setup()
    renderApp('/2019/kultur/scensommar')
    const row = within(await screen.findByRole('group', { name: toolsName }))
    await user.click(row.getByRole('button', { name: 'Jämför år' }))
    const dialog = await screen.findByRole('dialog')
    expect(
      await within(dialog).findByText(
        'Den här statistiken finns bara i en årsberättelse, så det finns inga andra år att jämföra med.',
      ),
    ).toBeInTheDocument()
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument()
  })
})

describe('when the other years cannot be fetched', () => {
  test('says so in Swedish, and “Försök igen” asks again', async () => {
    const inner = bundledSource()
    let failures = 1
    const source = countingSource({
      name: inner.name,
      fetch: async <Result,>(query: string, params: Record<string, unknown>): Promise<Result> => {
        if (query === statisticAcrossYearsQuery && failures-- > 0) throw new Error('offline')
        return inner.fetch<Result>(query, params)
      },
    })
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard/besok', source)
    const row = within(await screen.findByRole('group', { name: toolsName }))
    await user.click(row.getByRole('button', { name: 'Jämför år' }))
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByText('De andra åren kunde inte hämtas just nu.')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Försök igen' }))
    expect(await within(dialog).findByRole('table')).toBeInTheDocument()
    expect(acrossYears(source)).toHaveLength(2)
  })
})
