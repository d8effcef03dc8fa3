import { describe, expect, test } from 'vitest'
import { formatDate } from '../../../model/format/date'
import { formatFigure, formatNumber } from '../../../model/format/number'

const nbsp = '\u00a0'

describe('sv-SE numbers', () => {
  test('group thousands with a no-break space and use a decimal comma', () => {
    expect(formatNumber(1037034)).toBe(`1${nbsp}037${nbsp}034`)
    expect(formatNumber(6.8)).toBe('6,8')
    expect(formatNumber(-1.9)).toBe('−1,9')
  })

  test('keep the decimals an editor asks for, and join the unit without a line break', () => {
    expect(formatFigure({ value: 12, decimals: 2, unit: '%' })).toBe(`12,00${nbsp}%`)
    expect(formatFigure({ value: 11.6, decimals: 2, unit: 'kr' })).toBe(`11,60${nbsp}kr`)
    expect(formatFigure({ value: 424868 })).toBe(`424${nbsp}868`)
  })
})

describe('Swedish dates', () => {
  test('are written out', () => {
    expect(formatDate('2019-02-28')).toBe('28 februari 2019')
  })

  test('a value that is not a date gives null rather than "Invalid Date"', () => {
    expect(formatDate('i morgon')).toBeNull()
    expect(formatDate(null)).toBeNull()
  })
})
