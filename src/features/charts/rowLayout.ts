/**
 * Whether a bar chart's bars stand in columns or lie in rows (many categories, or names too long
 * for a column on a 320 px screen), and how tall the frame must be for rows. Decided from the
 * numbers alone, here in the main bundle, so the prerendered page, the placeholder and the drawn
 * chart agree on the frame's height on every screen. Character counts, erring towards rows and
 * towards room: the drawing (RechartsChart, axes.ts) then lays each label out within it.
 */
import { labelLineHeight } from './chartText'

/** The narrowest plot for columns: a 320 px screen's 256 px frame less a wide value axis (88 px). */
const narrowestPlot = 160
/** A letter or digit at 13 px, on the wide side (0.65 em: capitals are 0.7, digits 0.57). */
const wideChar = 8.4
/** The share of a category's band that its bars fill (RechartsChart: barCategoryGap 18 % a side). */
const barShare = 0.64

export type BarLayout = 'columns' | 'rows'

/**
 * Rows where, on the narrowest screen, a bar would be thinner than 8 px, or a label would not
 * fit its column in two lines (wrapping wastes room at line ends, and three are the most) or has
 * a word wider than the column.
 */
export function barLayout(categories: readonly string[], seriesCount: number): BarLayout {
  const band = narrowestPlot / categories.length
  const room = band - 6
  const tooLong = (label: string) =>
    label.length * wideChar > 2 * room || label.split(/\s+/).some((word) => word.length * wideChar > room)
  return (band * barShare) / seriesCount < 8 || categories.some(tooLong) ? 'rows' : 'columns'
}

/**
 * The frame's least height for bars in rows: every row as tall as the longest label's lines in
 * the 93 px label column of the narrowest frame (average letters, 0.58 em, and a line to spare),
 * or its bars at 8 px and a 4 px gap each; and 40 px for the value axis and the margins.
 */
export function rowsFrameHeight(categories: readonly string[], seriesCount: number): number {
  const lines = Math.ceil((Math.max(...categories.map((label) => label.length)) * 7.6) / 93) + 1
  return Math.ceil(categories.length * Math.max(lines * labelLineHeight + 10, (seriesCount * 12) / barShare) + 40)
}
