/** The chart's data as recharts wants it; only the drawing (RechartsChart) needs this. */
import type { ChartModel } from './model'

/** One row per category, as recharts wants its data: `{ category, s0, s1, … }`. */
export interface ChartRow {
  category: string
  [seriesKey: `s${number}`]: number
}

export function toRows(model: ChartModel): ChartRow[] {
  return model.categories.map((category, index) => {
    const row: ChartRow = { category }
    model.series.forEach((s, seriesIndex) => {
      row[`s${seriesIndex}`] = s.values[index] ?? 0
    })
    return row
  })
}

export function seriesKey(index: number): `s${number}` {
  return `s${index}`
}
