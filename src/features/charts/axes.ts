/**
 * Axis layout worked out from the numbers alone. recharts can measure tick labels in the DOM
 * (`width="auto"`, its `Text` component, tick intervals), but every measurement forces a layout
 * of the whole page and another render of the chart: on a mid-range phone that made a chart's
 * first draw one long task of several hundred milliseconds. Estimates from character widths
 * are close enough for axis room and label wrapping, and cost nothing.
 */
import { formatNumber } from '../../../model/format/number'
import type { ChartModel } from './model'

/** The charts' text size in px (charts.css: 0.8125rem). */
export const chartFontSize = 13

import { labelLineHeight, maxLabelLines } from './chartText'

export { labelLineHeight, maxLabelLines }

/**
 * Advance widths in em of a system sans-serif (Helvetica/Arial/Roboto metrics, rounded up a
 * little): an estimate errs on the wide side, so a label is given room rather than cut.
 */
function charWidth(char: string): number {
  if (/[0-9]/.test(char)) return 0.57
  if (/[\s\u00a0\u202f]/.test(char)) return 0.29
  if (/[.,:;'|!ijlIft()[\]]/.test(char)) return 0.32
  if (/[mwMW]/.test(char)) return 0.9
  if (/[\u2212\-–+%]/.test(char)) return 0.62
  if (/[A-ZÅÄÖÉ]/.test(char)) return 0.7
  return 0.58
}

/** The estimated width in px of one line of text at `fontSize` px. */
export function textWidth(text: string, fontSize = chartFontSize): number {
  let em = 0
  for (const char of text) em += charWidth(char)
  return em * fontSize
}

/**
 * A label broken at spaces into lines no wider than `maxWidth` (a word wider than that gets a
 * line of its own), at most `maxLines`: what is left joins the last line.
 */
export function wrapLabel(label: string, maxWidth: number, maxLines = 3, fontSize = chartFontSize): string[] {
  const words = label.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  for (const word of words) {
    const last = lines.length - 1
    const joined = last >= 0 ? `${lines[last]} ${word}` : word
    if (last >= 0 && (textWidth(joined, fontSize) <= maxWidth || lines.length >= maxLines)) lines[last] = joined
    else lines.push(word)
  }
  return lines
}

/** Height of the category axis: room for the longest label's words, up to three lines. */
export function categoryAxisHeight(model: ChartModel): number {
  const words = Math.max(1, ...model.categories.map((c) => c.split(/\s+/).filter(Boolean).length))
  return 14 + Math.min(words, maxLabelLines) * labelLineHeight
}

export interface ValueAxis {
  /** The axis runs from the first tick to the last. */
  domain: [number, number]
  ticks: number[]
}

/** Digits after the decimal comma that a step of this size needs (0.25 → 2). */
function decimalsOf(step: number): number {
  const text = String(step)
  if (/e-/.test(text)) return Number(text.split('e-')[1]) + 1
  return text.includes('.') ? (text.split('.')[1] ?? '').length : 0
}

/**
 * Ticks at round numbers (steps of 1, 2, 2.5 or 5 × 10ⁿ), at most `intervals` steps apart, that
 * cover every value and zero: bars and lines are read against a zero baseline.
 */
export function valueAxis(values: readonly number[], intervals = 5): ValueAxis {
  const finite = values.filter((value) => Number.isFinite(value))
  const low = Math.min(0, ...finite)
  let high = Math.max(0, ...finite)
  if (high === low) high = low + 1
  const rough = (high - low) / Math.max(1, intervals)
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough * (1 - 1e-9)) ?? 10 * magnitude
  const decimals = decimalsOf(Number(step.toPrecision(12)))
  const first = Math.floor(low / step + 1e-9)
  const last = Math.ceil(high / step - 1e-9)
  const ticks: number[] = []
  for (let index = first; index <= last; index++) ticks.push(Number((index * step).toFixed(decimals)))
  return { domain: [ticks[0] ?? low, ticks[ticks.length - 1] ?? high], ticks }
}

/** recharts' tick line (6) and its gap to the text (2), which it keeps even with the line hidden. */
const tickOffset = 8
/** The unit, written up the axis: one line of text and recharts' gap of 5 to the ticks. */
const unitLabelRoom = labelLineHeight + 5

/** The value axis's width: the widest tick label, its offset, and the unit written beside it. */
export function valueAxisWidth(ticks: readonly number[], unit: string | null): number {
  const widest = Math.max(0, ...ticks.map((tick) => textWidth(formatNumber(tick))))
  return Math.ceil(widest + tickOffset + (unit ? unitLabelRoom : 0) + 2)
}

/** A label fits a band when it wraps at spaces into at most three lines, none wider than the band. */
export function labelFits(label: string, width: number, maxLines = maxLabelLines): boolean {
  const lines = wrapLabel(label, width, Number.POSITIVE_INFINITY)
  return lines.length <= maxLines && lines.every((line) => textWidth(line) <= width)
}

/**
 * A label broken into lines no wider than `maxWidth`, as many as it takes: at spaces, and a word
 * wider than that (Swedish compounds are long) at a hyphen of its own.
 */
export function breakLabel(label: string, maxWidth: number, fontSize = chartFontSize): string[] {
  const hyphen = textWidth('-', fontSize)
  const pieces = label
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      if (textWidth(word, fontSize) <= maxWidth) return [word]
      const parts: string[] = []
      let part = ''
      for (const char of word) {
        if (part && textWidth(part + char, fontSize) + hyphen > maxWidth) {
          parts.push(`${part}-`)
          part = ''
        }
        part += char
      }
      return [...parts, part]
    })
  return wrapLabel(pieces.join(' '), maxWidth, Number.POSITIVE_INFINITY, fontSize)
}

/**
 * The column of labels beside rows of bars: the longest label and its 14 px gap to the bars (the
 * tick's offset and some air), at most 42 % of the frame.
 */
export function rowLabelWidth(model: ChartModel, frameWidth: number): number {
  const longest = Math.max(24, ...model.categories.map((label) => textWidth(label)))
  return Math.ceil(Math.min(longest + 16, frameWidth * 0.42))
}

/** The value axis under rows of bars: its tick labels and their gap. */
export const rowValueAxisHeight = 24

/**
 * Value ticks for an axis along the width (bars in rows): as many steps as the labels have room
 * for, at least one.
 */
export function valueAxisAcross(values: readonly number[], plotWidth: number): ValueAxis & { widest: number } {
  for (let intervals = 5; ; intervals -= 1) {
    const axis = valueAxis(values, intervals)
    const widest = Math.max(0, ...axis.ticks.map((tick) => textWidth(formatNumber(tick))))
    const spacing = plotWidth / Math.max(1, axis.ticks.length - 1)
    if (intervals <= 1 || spacing >= widest + 10) return { ...axis, widest }
  }
}

/** Room around a line's point for its label: up to halfway to the next shown label, or to the edge. */
export interface PointLabelRoom {
  /** Spacing of the points in px. */
  spacing: number
  /** How far the plot (or drawing) reaches beyond the first and the last point. */
  before: number
  after: number
}

/** How far the label of point `index` may reach to its left and right when every `step`-th is shown. */
export function pointLabelExtent(index: number, count: number, step: number, room: PointLabelRoom) {
  const half = (room.spacing * step) / 2 - 3
  return {
    left: Math.max(0, Math.min(half, index * room.spacing + room.before)),
    right: Math.max(0, Math.min(half, (count - 1 - index) * room.spacing + room.after)),
  }
}

/**
 * For a line's points: show every `step`-th label, the smallest step at which each shown label
 * fits the room up to its neighbours (or the edge); the others are in the table, the tooltip and
 * the graphic's label.
 */
export function labelStep(labels: readonly string[], room: PointLabelRoom): number {
  const count = labels.length
  for (let step = 1; step < count; step += 1) {
    const fits = labels.every((label, index) => {
      if (index % step !== 0) return true
      const { left, right } = pointLabelExtent(index, count, step, room)
      return labelFits(label, left + right)
    })
    if (fits) return step
  }
  return Math.max(1, count)
}

/** Room for a line chart's labels at a frame width: its points spread over the plot, less padding. */
export function linePointRoom(
  model: ChartModel,
  frameWidth: number,
  padding: number,
  marginRight: number,
): PointLabelRoom {
  const { ticks } = valueAxis(model.series.flatMap((series) => series.values))
  const plot = frameWidth - valueAxisWidth(ticks, model.unit) - marginRight
  const spacing = (plot - 2 * padding) / Math.max(1, model.categories.length - 1)
  return { spacing, before: padding, after: padding + marginRight - 1 }
}
