import { chartProblems } from '../../../model/rules'
import type { Chart } from '../../../model/sanity.types'
import { formatFigure, formatNumber } from '../../../model/format/number'

export type DrawableChartType = 'bar' | 'donut' | 'line'

export interface ChartSeriesModel {
  name: string
  values: number[]
}

/** A chart that passed `chartProblems()`: every series has one finite value per category. */
export interface ChartModel {
  type: DrawableChartType
  /** The figure's caption: the chart's own title, or the statistic's title. */
  title: string
  unit: string | null
  categories: string[]
  series: ChartSeriesModel[]
}

/** One row per category, as recharts wants its data: `{ category, s0, s1, … }`. */
export interface ChartRow {
  category: string
  [seriesKey: `s${number}`]: number
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * Turns CMS content into something drawable, or `null` when there is nothing to draw: no chart,
 * type "none", or a chart that `chartProblems()` rejects (the numbers stay in the sentence).
 * Content may be malformed in any way the types do not foresee, so this never throws.
 */
export function toChartModel(chart: Chart | null | undefined, label: string): ChartModel | null {
  try {
    if (!chart || typeof chart !== 'object') return null
    const type = chart.type
    if (type !== 'bar' && type !== 'donut' && type !== 'line') return null
    if (!Array.isArray(chart.categories) || !Array.isArray(chart.series)) return null
    if (chart.series.some((s) => !s || typeof s !== 'object' || !Array.isArray(s.values))) return null
    if (chartProblems(chart).length > 0) return null
    const series = chart.series.map((s) => ({ name: text(s.name), values: [...s.values] }))
    // A ring of nothing says nothing: chartProblems allows zeros, but a donut needs a total.
    if (type === 'donut' && (series[0]?.values ?? []).reduce((sum, v) => sum + v, 0) <= 0) return null
    return {
      type,
      title: text(chart.title) || text(label),
      unit: text(chart.unit) || null,
      categories: chart.categories.map(text),
      series,
    }
  } catch {
    return null
  }
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

/** "424 868 besök", "6,8", "68 %": sv-SE, the unit joined with a no-break space. */
export function formatValue(value: number, unit: string | null): string {
  return formatFigure({ value, unit })
}

export function donutTotal(model: ChartModel): number {
  return (model.series[0]?.values ?? []).reduce((sum, v) => sum + v, 0)
}

/** A share of the ring as a whole percentage, "41 %" (never "0 %" for a value above zero). */
export function formatShare(value: number, total: number): string {
  if (total <= 0) return formatFigure({ value: 0, unit: '%' })
  const share = (value / total) * 100
  const rounded = share > 0 && share < 1 ? formatNumber(share, 1) : formatNumber(Math.round(share))
  return `${rounded}\u00a0%`
}
