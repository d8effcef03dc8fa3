import { describe, expect, test } from 'vitest'
import { categoryAxisHeight, textWidth, valueAxis, valueAxisWidth, wrapLabel } from '../../../src/features/charts/axes'
import type { ChartModel } from '../../../src/features/charts/model'

describe('valueAxis', () => {
  const cases: Array<[string, number[], number[]]> = [
    ['percentages', [66, 69, 72, 68, 68], [0, 20, 40, 60, 80]],
    ['decimals', [3.1, 6.8], [0, 2, 4, 6, 8]],
    ['a step of 2.5', [10.124, 10.4], [0, 2.5, 5, 7.5, 10, 12.5]],
    ['hundreds of thousands', [424868, 612166], [0, 200000, 400000, 600000, 800000]],
    ['a value on a tick', [100], [0, 20, 40, 60, 80, 100]],
    ['values below zero', [12, -8], [-10, -5, 0, 5, 10, 15]],
    ['only values below zero', [-3, -1.2], [-3, -2, -1, 0]],
    ['small fractions', [0.013, 0.042], [0, 0.01, 0.02, 0.03, 0.04, 0.05]],
    ['nothing but zeros', [0, 0], [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ]

  for (const [what, values, ticks] of cases) {
    test(`${what}: round ticks from zero past every value`, () => {
      const axis = valueAxis(values)
      expect(axis.ticks).toEqual(ticks)
      expect(axis.domain).toEqual([ticks[0], ticks[ticks.length - 1]])
    })
  }

  test('every value lies within the axis, and there are never more than six ticks for five steps', () => {
    for (const values of [[1], [7, 7.5], [999], [1001], [12345, 6], [-0.4, 250], [3e9], [0.0007]]) {
      const { domain, ticks } = valueAxis(values)
      expect(domain[0]).toBeLessThanOrEqual(Math.min(0, ...values))
      expect(domain[1]).toBeGreaterThanOrEqual(Math.max(0, ...values))
      expect(ticks.length, String(values)).toBeLessThanOrEqual(7)
      const steps = ticks.slice(1).map((tick, index) => tick - (ticks[index] ?? 0))
      for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? 0, 9)
    }
  })

  test('ignores values that are not finite numbers', () => {
    expect(valueAxis([5, Number.NaN, Number.POSITIVE_INFINITY]).ticks).toEqual([0, 1, 2, 3, 4, 5])
  })
})

describe('text widths and wrapping', () => {
  test('wider text is estimated wider, and digits alike', () => {
    expect(textWidth('1 000 000')).toBeGreaterThan(textWidth('100 000'))
    expect(textWidth('WWW')).toBeGreaterThan(textWidth('iii'))
    expect(textWidth('80')).toBeCloseTo(textWidth('11'), 5)
    expect(textWidth('')).toBe(0)
  })

  test('the value axis has room for its widest tick label, and for the unit written beside it', () => {
    const narrow = valueAxisWidth([0, 20, 40], null)
    const wide = valueAxisWidth([0, 200000, 400000], null)
    expect(wide).toBeGreaterThan(narrow)
    expect(wide).toBeGreaterThanOrEqual(Math.ceil(textWidth('400\u00a0000')))
    expect(valueAxisWidth([0, 20, 40], 'procent')).toBeGreaterThan(narrow + 15)
  })

  test('a label wraps at spaces to fit its band, keeps words whole, and stops at three lines', () => {
    expect(wrapLabel('2018 (preliminärt)', 200)).toEqual(['2018 (preliminärt)'])
    expect(wrapLabel('2018 (preliminärt)', 60)).toEqual(['2018', '(preliminärt)'])
    const lines = wrapLabel('Före december 2019 i hela länet', 40)
    expect(lines).toHaveLength(3)
    expect(lines.join(' ')).toBe('Före december 2019 i hela länet')
    for (const line of wrapLabel('Runt om i länet', 70)) expect(textWidth(line) <= 70 || !line.includes(' ')).toBe(true)
  })

  test('the category axis is as tall as its longest label may wrap, up to three lines', () => {
    const model = (categories: string[]): ChartModel => ({
      type: 'bar',
      title: 't',
      unit: null,
      categories,
      series: [],
    })
    const one = categoryAxisHeight(model(['2017', '2018']))
    const two = categoryAxisHeight(model(['Hela landet', 'Kronoberg']))
    const many = categoryAxisHeight(model(['Före december 2019 i hela länet']))
    expect(two - one).toBe(16)
    expect(many - one).toBe(32)
  })
})
