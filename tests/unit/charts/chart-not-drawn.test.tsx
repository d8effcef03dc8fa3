import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { defaultSiteTexts } from '../../../model/siteTextDefaults'
import { chartNotDrawnReason, toChartData, toChartModel } from '../../../src/features/charts/model'
import type { Chart } from '../../../model/sanity.types'
import { changedDatasetSource, nbsp, toolsName } from '../analysts/support'
import { renderApp } from '../../support/render-app'

/**
 * Numbers a chart type cannot show: the reader still gets them (a table, and the CSV) with a
 * sentence saying why there is no chart, instead of the chart, its table and its CSV vanishing.
 */
const besok = '/2018/halso-och-sjukvard/besok'
const besokId = 'statistic-2018-vard-besok'

const chart = (overrides: Partial<Chart>): Chart => ({
  _type: 'chart',
  type: 'donut',
  title: 'Besök',
  unit: 'besök',
  categories: ['Läkare', 'Annan'],
  series: [{ _type: 'chartSeries', _key: 'a', name: 'Besök', values: [3, 4] }],
  ...overrides,
})
const values = (list: unknown[]): NonNullable<Chart['series']> => [
  { _type: 'chartSeries', _key: 'a', name: 'Besök', values: list as number[] },
]

describe('why a chart cannot be drawn', () => {
  test.each([
    ['a ring of negative values', chart({ series: values([3, -4]) }), 'negative'],
    ['a ring of zeros', chart({ series: values([0, 0]) }), 'zeroTotal'],
    ['a ring of one part', chart({ categories: ['Läkare'], series: values([3]) }), 'tooFew'],
    ['a line of one point', chart({ type: 'line', categories: ['2018'], series: values([3]) }), 'tooFew'],
    ['a ring of two series', chart({ series: [...values([1, 2]), ...values([3, 4])] }), 'series'],
    ['a value that is not a number', chart({ type: 'bar', series: values([3, Number.NaN]) }), 'incomplete'],
    ['a missing value', chart({ type: 'bar', series: values([3, null]) }), 'incomplete'],
    ['fewer values than labels', chart({ type: 'bar', series: values([3]) }), 'incomplete'],
    ['more values than labels', chart({ type: 'line', series: values([3, 4, 5]) }), 'incomplete'],
    ['a label without text', chart({ type: 'bar', categories: ['Läkare', ' '] }), 'incomplete'],
    ['no series', chart({ type: 'bar', series: [] }), 'incomplete'],
    ['an unknown type', chart({ type: 'bubbla' as Chart['type'] }), 'type'],
  ])('%s: %s', (_, input, reason) => {
    expect(toChartModel(input, 'x')).toBeNull()
    const data = toChartData(input, 'x')
    expect(data).not.toBeNull()
    expect(chartNotDrawnReason(data!)).toBe(reason)
  })

  test('numbers that can be drawn have no reason, and no numbers no data', () => {
    expect(chartNotDrawnReason(toChartData(chart({}), 'x')!)).toBeNull()
    expect(
      chartNotDrawnReason(toChartData(chart({ type: 'bar', categories: ['En'], series: values([-3]) }), 'x')!),
    ).toBeNull()
    expect(toChartData(chart({ type: 'none' }), 'x')).toBeNull()
    expect(toChartData(chart({ categories: [], series: [] }), 'x')).toBeNull()
    expect(toChartData(null, 'x')).toBeNull()
  })

  test('no number is lost: more values than labels add rows, missing ones are null', () => {
    const data = toChartData(chart({ type: 'bar', series: [...values([1, 2, 3]), ...values([4])] }), 'x')!
    expect(data.categories).toEqual(['Läkare', 'Annan', ''])
    expect(data.series.map((s) => s.values)).toEqual([
      [1, 2, 3],
      [4, null, null],
    ])
  })
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a chart from the sample dataset, broken field by field
type LooseChart = Record<string, any>

function withChart(change: (chart: LooseChart) => void) {
  return changedDatasetSource((doc) => {
    if (doc._id === besokId) change(doc.chart)
  })
}

describe('the reader gets the numbers and a sentence saying why there is no chart', () => {
  test.each([
    [
      'negative values in a ring',
      (c: LooseChart) => (c.series[0].values = [424868, -612166]),
      defaultSiteTexts.chartNotDrawnNegative,
      ['424 868', '−612 166'],
    ],
    [
      'a ring of zeros',
      (c: LooseChart) => (c.series[0].values = [0, 0]),
      defaultSiteTexts.chartNotDrawnZeroTotal,
      ['0', '0'],
    ],
    [
      'a value missing',
      (c: LooseChart) => (c.series[0].values = [424868]),
      defaultSiteTexts.chartNotDrawnIncomplete,
      ['424 868', defaultSiteTexts.tableMissingValue],
    ],
  ])('%s', async (_, change, sentence, cells) => {
    renderApp(besok, withChart(change))
    const tools = within(await screen.findByRole('group', { name: toolsName }))
    expect(screen.getByText(sentence)).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: /Besök efter yrkesgrupp/ })).not.toBeInTheDocument()
    const table = screen.getByRole('table', { name: /Besök efter yrkesgrupp 2018/ })
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Läkare', 'Annan yrkeskategori'])
    // No share column: shares of these numbers would mean nothing.
    expect(
      within(table)
        .getAllByRole('cell')
        .map((td) => td.textContent?.replaceAll(nbsp, ' ')),
    ).toEqual(cells)
    // The CSV stays; there is no chart to switch to.
    expect(tools.getByRole('button', { name: defaultSiteTexts.downloadCsv })).toBeInTheDocument()
    expect(tools.queryByRole('button', { name: defaultSiteTexts.showTable })).not.toBeInTheDocument()
  })

  test('the sentence comes from the CMS’s site texts', async () => {
    const source = changedDatasetSource((doc) => {
      if (doc._id === besokId) doc.chart.series[0].values = [1, -1]
      if (doc._type === 'siteTexts') doc.chartNotDrawnNegative = 'Egen mening om negativa tal.'
    })
    renderApp(besok, source)
    expect(await screen.findByText('Egen mening om negativa tal.')).toBeInTheDocument()
  })
})
