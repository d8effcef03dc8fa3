import { describe, expect, test } from 'vitest'
import type { Chart } from '../../../model/sanity.types'
import { csvFileName, csvNumber, statisticCsv } from '../../../src/features/data/csv'
import { toChartModel } from '../../../src/features/charts/model'

const chart = {
  _type: 'chart',
  type: 'bar',
  unit: 'antal besök',
  categories: ['Läkare', 'Annan yrkeskategori'],
  series: [{ _key: 'a', _type: 'chartSeries', name: 'Besök', values: [424868, 612166.5] }],
} as Chart

const meta = {
  title: 'Besök i hälso- och sjukvården',
  period: '2018',
  source: { name: 'Region Kronoberg', url: 'https://www.regionkronoberg.se' },
  url: 'https://example.se/2018/halso-och-sjukvard',
  categoryHeading: 'Kategori',
}

describe('statisticCsv', () => {
  test('UTF-8 BOM, metadata as # lines, semicolons, decimal comma, unit in the header', () => {
    const csv = statisticCsv(toChartModel(chart, meta.title), meta)!
    expect(csv.startsWith('\ufeff# Besök i hälso- och sjukvården\r\n')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      '# Besök i hälso- och sjukvården',
      '# Period: 2018',
      '# Källa: Region Kronoberg (https://www.regionkronoberg.se)',
      '# Enhet: antal besök',
      '# Adress: https://example.se/2018/halso-och-sjukvard',
      'Kategori;Besök (antal besök)',
      'Läkare;424868',
      'Annan yrkeskategori;612166,5',
      '',
    ])
  })

  test('quotes cells that hold a separator, a quote or a #', () => {
    const csv = statisticCsv(toChartModel({ ...chart, categories: ['A;B', 'Sa "hej" #1'] }, meta.title), meta)!
    expect(csv).toContain('"A;B";424868')
    expect(csv).toContain('"Sa ""hej"" #1";612166,5')
  })

  test('no CSV for a chart that cannot be drawn or has no data', () => {
    expect(statisticCsv(toChartModel({ ...chart, type: 'none' }, meta.title), meta)).toBeNull()
    expect(statisticCsv(toChartModel({ ...chart, categories: ['bara en'] }, meta.title), meta)).toBeNull()
  })
})

test('numbers keep full precision with a decimal comma and no grouping', () => {
  expect(csvNumber(1037034)).toBe('1037034')
  expect(csvNumber(-1.9)).toBe('-1,9')
  expect(csvNumber(undefined)).toBe('')
})

test('file names are named after the statistic and year', () => {
  expect(csvFileName('Besök i hälso- och sjukvården', 2018)).toBe('besok-i-halso-och-sjukvarden-2018.csv')
  expect(csvFileName('§§', 2019)).toBe('statistik-2019.csv')
})
