/**
 * The series' colours, patterns, markers and dashes (see marks.tsx for how they are drawn): plain
 * data, shared by the chart on the page and the chart image (chartSvg.ts) without any JSX.
 */

/**
 * The first two mirror global.css: --color-brand, and a lighter tone of --color-accent (the
 * accent itself is close to the brand in lightness). SVG presentation attributes cannot read CSS
 * custom properties reliably, hence the literal values.
 */
export const seriesColors = ['#0b4f6c', '#d0561c', '#06283a', '#2a8a5a', '#5b2d82', '#9a5bc4'] as const

export type PatternKind = 'solid' | 'stripes' | 'dots' | 'crosshatch' | 'horizontal' | 'vertical'
const patternKinds: readonly PatternKind[] = ['solid', 'stripes', 'dots', 'crosshatch', 'horizontal', 'vertical']

export type MarkerKind = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'triangle-down'
const markerKinds: readonly MarkerKind[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down']

/** Stroke dash arrays for lines; the first is solid. */
const dashArrays: readonly (string | undefined)[] = [undefined, '8 4', '2 4', '12 4 2 4', '4 4', '16 6']

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T
}

export const seriesColor = (index: number): string => pick(seriesColors, index)
export const seriesPattern = (index: number): PatternKind => pick(patternKinds, index)
export const seriesMarker = (index: number): MarkerKind => pick(markerKinds, index)
export const seriesDash = (index: number): string | undefined => pick(dashArrays, index)
