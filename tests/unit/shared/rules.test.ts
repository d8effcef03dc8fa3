import { describe, expect, test } from 'vitest'
import { chartProblems, checkSlug, duplicates, isSafeHref } from '../../../model/rules'

describe('slugs', () => {
  test('accept lowercase words joined by hyphens', () => {
    expect(checkSlug('halso-och-sjukvard')).toBe(true)
  })

  test.each(['Hälsa', 'två ord', '-kant', 'artiklar', 'embed', 'lattlast', ''])('refuse %j with a message', (slug) => {
    expect(checkSlug(slug)).toEqual(expect.any(String))
  })
})

describe('links', () => {
  test.each(['https://example.se', 'http://example.se', 'mailto:a@b.se', 'tel:+46470583000'])('%s is safe', (href) => {
    expect(isSafeHref(href)).toBe(true)
  })

  test.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '/relativ', '', null])(
    '%j is not',
    (href) => {
      expect(isSafeHref(href)).toBe(false)
    },
  )
})

describe('charts', () => {
  const good = { type: 'bar', categories: ['Läkare', 'Annan'], series: [{ name: 'Besök', values: [424868, 612166] }] }

  test('a chart whose series match its labels has no problems', () => {
    expect(chartProblems(good)).toEqual([])
    expect(chartProblems({ type: 'none' })).toEqual([])
  })

  test('a series with the wrong number of values is refused', () => {
    expect(chartProblems({ ...good, series: [{ name: 'Besök', values: [1] }] }).join()).toMatch(
      '1 värden men diagrammet har 2 etiketter',
    )
  })

  test('a donut with two series or negative values is refused', () => {
    expect(chartProblems({ ...good, type: 'donut', series: [good.series[0]!, good.series[0]!] })).not.toEqual([])
    expect(chartProblems({ ...good, type: 'donut', series: [{ name: 'x', values: [1, -1] }] })).not.toEqual([])
  })

  test('labels without text and values that are not numbers are refused', () => {
    expect(chartProblems({ ...good, categories: ['', 'Annan'] })).not.toEqual([])
    expect(chartProblems({ ...good, series: [{ name: 'x', values: [1, null] }] })).not.toEqual([])
  })
})

test('duplicates lists what occurs twice', () => {
  expect(duplicates(['a', 'b', 'a', null, undefined, 'c', 'b'])).toEqual(['a', 'b'])
})
