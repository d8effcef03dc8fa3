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

/** Line height of wrapped category labels, in px. */
export const labelLineHeight = 16

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

/** The most lines any category label may wrap to. */
export const maxLabelLines = 3

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
