import { describe, expect, test } from 'vitest'
import {
  breakLabel,
  labelFits,
  labelStep,
  pointLabelExtent,
  rowLabelWidth,
  textWidth,
} from '../../../src/features/charts/axes'
import type { ChartModel } from '../../../src/features/charts/model'
import { barLayout, rowsFrameHeight } from '../../../src/features/charts/rowLayout'

const long = [
  'Primärvårdsmottagningar i Växjö',
  'Akutmottagningen vid Centrallasarettet',
  'Barn- och ungdomsmedicinska mottagningen',
  'Ögonsjukvårdsmottagningsverksamheten',
  'Folktandvården',
]

describe('bars in columns or in rows (decided for a 320 px screen)', () => {
  test('short labels, few categories: columns', () => {
    expect(barLayout(['2017', '2018'], 1)).toBe('columns')
    expect(barLayout(['Kostnad', 'Mål'], 2)).toBe('columns')
    expect(barLayout(['2014', '2015', '2016', '2017'], 1)).toBe('columns')
  })

  test('long names, or names wider than their column: rows', () => {
    expect(barLayout(long, 1)).toBe('rows')
    // The sample's "Projekt 1" … "Projekt 5" overlapped each other at 320 px.
    expect(barLayout(['Projekt 1', 'Projekt 2', 'Projekt 3', 'Projekt 4', 'Projekt 5'], 1)).toBe('rows')
  })

  test('many categories, or many series, would make bars too thin: rows', () => {
    expect(
      barLayout(
        Array.from({ length: 14 }, (_, index) => String(index + 1)),
        1,
      ),
    ).toBe('rows')
    expect(barLayout(['A', 'B', 'C'], 5)).toBe('rows')
  })

  test('the frame for rows has room for each label’s lines on the narrowest frame, and grows with them', () => {
    const model = { categories: long, series: [{ name: 'x', values: [] }] } as unknown as ChartModel
    const labelWidth = rowLabelWidth(model, 256) - 14
    const perRow = (rowsFrameHeight(long, 1) - 40) / long.length
    for (const label of long) expect(breakLabel(label, labelWidth).length * 16, label).toBeLessThanOrEqual(perRow)
    expect(rowsFrameHeight([...long, ...long], 1)).toBeGreaterThan(rowsFrameHeight(long, 1))
    expect(rowsFrameHeight(long, 3)).toBeGreaterThanOrEqual(rowsFrameHeight(long, 1))
  })
})

describe('breaking a label into lines', () => {
  test.each([40, 60, 93, 150])('no line is wider than %i px, and no letter is lost', (width) => {
    for (const label of long) {
      const lines = breakLabel(label, width)
      for (const line of lines) expect(textWidth(line), line).toBeLessThanOrEqual(width)
      expect(lines.join('').replace(/[\s-]/g, '')).toBe(label.replace(/[\s-]/g, ''))
    }
  })
})

describe('which of a line’s labels to show', () => {
  const room = { spacing: 20, before: 16, after: 31 }
  test('every label, when each fits the room to its neighbours', () => {
    expect(labelStep(['1', '2', '3', '4'], room)).toBe(1)
  })

  test('every n-th, when they would not; each shown label then fits its room', () => {
    const wider = { spacing: 60, before: 60, after: 60 }
    const step = labelStep(long, wider)
    expect(step).toBeGreaterThan(1)
    long.forEach((label, index) => {
      if (index % step !== 0) return
      const { left, right } = pointLabelExtent(index, long.length, step, wider)
      expect(labelFits(label, left + right), label).toBe(true)
    })
  })

  test('neighbouring shown labels’ rooms never overlap', () => {
    for (const step of [1, 2, 3]) {
      for (let index = 0; index + step < 9; index += step) {
        const here = pointLabelExtent(index, 9, step, room)
        const next = pointLabelExtent(index + step, 9, step, room)
        expect(index * room.spacing + here.right).toBeLessThan((index + step) * room.spacing - next.left)
      }
    }
  })
})
