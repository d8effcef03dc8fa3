import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest'
import { defaultSiteTexts } from '../../../model/siteTextDefaults'
import type { ChartModel } from '../../../src/features/charts/model'
import { DataTable } from '../../../src/features/data/DataTable'
import { renderApp } from '../../support/render-app'
import { nbsp, toolsName } from './support'

const besok = '/2018/halso-och-sjukvard/besok'

async function tools() {
  return within(await screen.findByRole('group', { name: toolsName }))
}

describe('“Visa som tabell”: the chart’s numbers as a table, and back', () => {
  test('a table captioned with the chart’s title and unit, column and row headers, sv-SE numbers; “Visa som diagram” brings the chart back', async () => {
    const user = userEvent.setup()
    renderApp(besok)
    const row = await tools()
    expect(screen.getByRole('figure', { name: /Besök efter yrkesgrupp 2018/ })).toBeInTheDocument()

    const toggle = row.getByRole('button', { name: 'Visa som tabell' })
    await user.click(toggle)
    const table = screen.getByRole('table', { name: 'Besök efter yrkesgrupp 2018 (besök)' })
    expect(screen.queryByRole('figure', { name: /Besök efter yrkesgrupp 2018/ })).not.toBeInTheDocument()
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Kategori', 'Besök', 'Andel'])
    for (const header of within(table).getAllByRole('columnheader')) expect(header).toHaveAttribute('scope', 'col')
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Läkare', 'Annan yrkeskategori', 'Totalt'])
    for (const header of within(table).getAllByRole('rowheader')) expect(header).toHaveAttribute('scope', 'row')
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) =>
        within(tr)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      )
    expect(cells).toEqual([
      [`424${nbsp}868`, `41${nbsp}%`],
      [`612${nbsp}166`, `59${nbsp}%`],
      [`1${nbsp}037${nbsp}034`, `100${nbsp}%`],
    ])

    // The same button, now "Visa som diagram", still has focus and controls what it swapped.
    expect(toggle).toHaveAccessibleName('Visa som diagram')
    expect(toggle).toHaveFocus()
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(table)
    await user.click(toggle)
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByRole('figure', { name: /Besök efter yrkesgrupp 2018/ })).toBeInTheDocument()
    expect(toggle).toHaveAccessibleName('Visa som tabell')
  })

  test('a bar chart: decimals with a comma, no share column and no total row', async () => {
    const user = userEvent.setup()
    renderApp('/2018/kollektivtrafik/resor')
    await user.click((await tools()).getByRole('button', { name: 'Visa som tabell' }))
    const table = screen.getByRole('table', { name: 'Resor i linjetrafiken 2017–2018 (miljoner resor)' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Kategori', 'Miljoner resor'])
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['2017', '2018'])
    expect(
      within(table)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['10,124', '10,4'])
  })

  test('several series: one column each, in the editors’ order', () => {
    const model: ChartModel = {
      type: 'line',
      title: 'Resor per trafikslag',
      unit: 'miljoner resor',
      categories: ['2017', '2018'],
      series: [
        { name: 'Tåg', values: [3.1, 3.25] },
        { name: 'Buss', values: [4, -1.5] },
      ],
    }
    render(<DataTable model={model} texts={defaultSiteTexts} />)
    const table = screen.getByRole('table', { name: 'Resor per trafikslag (miljoner resor)' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Kategori', 'Tåg', 'Buss'])
    expect(
      within(table)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['3,1', '4', '3,25', '\u22121,5'])
  })

  test('a statistic without a chart offers no table and no CSV, but still its link', async () => {
    renderApp('/2018/halso-och-sjukvard/hyrpersonal')
    const row = await tools()
    expect(row.getByRole('button', { name: 'Kopiera länk' })).toBeInTheDocument()
    expect(row.queryByRole('button', { name: 'Visa som tabell' })).not.toBeInTheDocument()
    expect(row.queryByRole('button', { name: 'Ladda ner data (CSV)' })).not.toBeInTheDocument()
  })
})

describe('“Ladda ner data (CSV)”', () => {
  afterEach(() => vi.restoreAllMocks())

  test('saves a Blob of the Swedish CSV through an object URL and a link named after the statistic and year', async () => {
    const blobs: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:http://localhost/besok-csv'
    })
    const revokeObjectURL = vi.fn()
    // jsdom has no object URLs: lend URL the two functions for this test.
    const own = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL }
    Object.assign(URL, { createObjectURL, revokeObjectURL })
    onTestFinished(() => {
      Object.assign(URL, own)
    })
    const clicked: { href: string; download: string; connected: boolean }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, connected: this.isConnected })
    })

    const user = userEvent.setup()
    renderApp(besok)
    await user.click((await tools()).getByRole('button', { name: 'Ladda ner data (CSV)' }))

    // A press before the browser was idle waits for the CSV's code.
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1))
    expect(clicked).toEqual([
      { href: 'blob:http://localhost/besok-csv', download: 'besok-i-halso-och-sjukvarden-2018.csv', connected: true },
    ])
    // The link is gone again.
    expect(document.querySelector('a[download]')).toBeNull()
    const blob = blobs[0]!
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.slice(1).split('\r\n')).toEqual([
      '# Besök i hälso- och sjukvården',
      '# Period: 2018',
      '# Källa: Region Kronoberg, Årsberättelse 2018: Hälso- och sjukvård (http://arsberattelse.kronoberg.se/arsberattelser/2018/?omrade=sjukvard)',
      '# Enhet: besök',
      `# Adress: ${window.location.origin}/2018/halso-och-sjukvard/besok`,
      'Kategori;Besök (besök)',
      'Läkare;424868',
      'Annan yrkeskategori;612166',
      '',
    ])
  })
})
