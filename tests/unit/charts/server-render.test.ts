import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import type { Chart } from '../../../model/sanity.types'
import { StatisticChart } from '../../../src/features/charts/StatisticChart'
import { toChartModel } from '../../../src/features/charts/model'

const donut: Chart = {
  _type: 'chart',
  type: 'donut',
  title: 'Besök efter yrkesgrupp 2018',
  unit: 'besök',
  categories: ['Läkare', 'Annan yrkeskategori'],
  series: [{ _type: 'chartSeries', _key: 'a', name: 'Besök', values: [424868, 612166] }],
}

describe('prerendering', () => {
  test('renders on the server, where there is no window, as caption, placeholder and legend', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined')
    const html = renderToString(createElement(StatisticChart, { model: toChartModel(donut, 'Besök') }))
    expect(html).toContain('<figure')
    expect(html).toContain('Besök efter yrkesgrupp 2018')
    expect(html).toContain('statistic-chart-placeholder')
    expect(html).toContain('Annan yrkeskategori')
    expect(html).toContain('612\u00a0166')
    expect(html).not.toContain('recharts')
  })

  test('renders nothing on the server for a chart of type none', () => {
    expect(
      renderToString(createElement(StatisticChart, { model: toChartModel({ _type: 'chart', type: 'none' }, 'x') })),
    ).toBe('')
  })
})
