import type { Chart } from '../../../model/sanity.types'
import { formatFigure, formatNumber } from '../../../model/format/number'
import { stegaClean, stegaCleanDeep } from '../../shared/stega'

export type DrawableChartType = 'bar' | 'donut' | 'line'

export interface ChartSeriesModel {
  name: string
  values: number[]
}

/** A chart that can be drawn (chartNotDrawnReason): every series has one finite value per category. */
export interface ChartModel {
  type: DrawableChartType
  /** The figure's caption: the chart's own title, or the statistic's title. */
  title: string
  unit: string | null
  categories: string[]
  series: ChartSeriesModel[]
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * A chart's numbers as they are, drawable or not: what the table and the CSV show. A value that
 * is missing or not a number is `null`; a series with more values than there are labels adds
 * rows without a label, so no number is lost.
 */
export interface ChartData {
  /** The chart type the editor chose (possibly one this app does not know). */
  type: string
  title: string
  unit: string | null
  categories: string[]
  series: { name: string; values: (number | null)[] }[]
}

/** Why a chart's numbers are shown without the chart; each has a sentence in siteTexts. */
export type ChartNotDrawnReason = 'incomplete' | 'negative' | 'zeroTotal' | 'tooFew' | 'series' | 'type'

/**
 * The numbers of a chart from CMS content, or `null` when there are none to show: no chart,
 * type "none", or neither labels nor values. Content may be malformed in any way the types do
 * not foresee, so this never throws.
 */
export function toChartData(content: Chart | null | undefined, contentLabel: string): ChartData | null {
  try {
    // Labels and series names are data here (drawn, split into lines, written to CSV): never
    // with the Studio's stega source maps.
    const chart = stegaCleanDeep(content)
    const label = stegaClean(contentLabel)
    if (!chart || typeof chart !== 'object') return null
    const type = text(chart.type)
    if (!type || type === 'none') return null
    const rawCategories: unknown[] = Array.isArray(chart.categories) ? chart.categories : []
    const rawSeries: unknown[] = Array.isArray(chart.series) ? chart.series : []
    const series = rawSeries
      .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object')
      .map((s) => ({
        name: text(s.name),
        values: (Array.isArray(s.values) ? (s.values as unknown[]) : []).map((v) =>
          typeof v === 'number' && Number.isFinite(v) ? v : null,
        ),
      }))
    const rows = Math.max(rawCategories.length, ...series.map((s) => s.values.length))
    if (rows === 0) return null
    const categories = Array.from({ length: rows }, (_, index) => text(rawCategories[index]))
    return {
      type,
      title: text(chart.title) || text(label),
      unit: text(chart.unit) || null,
      categories,
      series: series.map((s) => ({
        name: s.name,
        values: Array.from({ length: rows }, (_, index) => s.values[index] ?? null),
      })),
    }
  } catch {
    return null
  }
}

/**
 * Why these numbers cannot be drawn as their chart type, or `null` when they can: every label
 * has a text and every series a name and a finite value for each label; a line needs two points; a ring needs one
 * series of two or more parts, none negative, that add up to more than zero.
 */
export function chartNotDrawnReason(data: ChartData): ChartNotDrawnReason | null {
  if (data.type !== 'bar' && data.type !== 'donut' && data.type !== 'line') return 'type'
  const complete =
    data.series.length > 0 &&
    data.categories.every((category) => category !== '') &&
    // A nameless series could not be told apart in the legend and the tooltip.
    data.series.every((s) => s.name !== '' && s.values.every((v) => v !== null))
  if (!complete) return 'incomplete'
  if (data.type === 'donut') {
    if (data.series.length > 1) return 'series'
    const values = data.series[0]?.values ?? []
    if (values.some((v) => (v ?? 0) < 0)) return 'negative'
    if (values.reduce<number>((sum, v) => sum + (v ?? 0), 0) <= 0) return 'zeroTotal'
  }
  if ((data.type === 'donut' || data.type === 'line') && data.categories.length < 2) return 'tooFew'
  return null
}

/**
 * Turns CMS content into something drawable, or `null` when there is nothing to draw: no chart,
 * type "none", or numbers the chart type cannot show (chartNotDrawnReason); the table and the
 * CSV still show those (toChartData).
 */
export function toChartModel(chart: Chart | null | undefined, label: string): ChartModel | null {
  return drawableChart(toChartData(chart, label))
}

/** The drawable model of numbers already read (toChartData), or `null` when they cannot be drawn. */
export function drawableChart(data: ChartData | null): ChartModel | null {
  if (!data || chartNotDrawnReason(data) !== null) return null
  return {
    type: data.type as DrawableChartType,
    title: data.title,
    unit: data.unit,
    categories: data.categories,
    series: data.series.map((s) => ({ name: s.name, values: s.values.map((v) => v ?? 0) })),
  }
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
