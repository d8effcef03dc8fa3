/**
 * How series and ring segments look, shared by the chart (loaded later) and its legend (painted
 * with the text). No recharts here: this module is part of the main bundle.
 *
 * Series differ in more than hue, so readers without colour vision (or printing in grey) can
 * tell them apart:
 * - lightness alternates dark / light from one series to the next;
 * - bar and ring fills beyond the first carry a pattern (stripes, dots, cross-hatching …);
 * - lines differ in dash pattern and in marker shape.
 * Every colour has at least 3:1 contrast against both the page (#ffffff) and the statistic's
 * surface (#f2f5f7), as WCAG 1.4.11 asks of graphical objects; a test checks it.
 */

import { seriesColor, seriesDash, seriesMarker, seriesPattern, type MarkerKind, type PatternKind } from './palette'

export { seriesColor, seriesColors, seriesDash, seriesMarker, seriesPattern } from './palette'
export type { MarkerKind, PatternKind } from './palette'

/** An id usable inside `url(#…)`: React's `useId()` may contain characters CSS would need escaped. */
export function svgIdBase(reactId: string): string {
  return `chart-${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`
}

export const patternId = (base: string, index: number) => `${base}-pattern-${index}`

/** The fill for series (or ring segment) `index`: a plain colour, or a pattern over it. */
export function seriesFill(base: string, index: number): string {
  return seriesPattern(index) === 'solid' ? seriesColor(index) : `url(#${patternId(base, index)})`
}

/** The light marks drawn over the colour. White on every colour in the palette. */
function PatternMarks({ kind }: { kind: PatternKind }) {
  const mark = { stroke: '#ffffff', strokeWidth: 2 }
  switch (kind) {
    case 'stripes':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...mark} />
    case 'dots':
      return <circle cx="4" cy="4" r="1.6" fill="#ffffff" />
    case 'crosshatch':
      return (
        <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...mark} strokeWidth={1.25} />
      )
    case 'horizontal':
      return <path d="M0,4 h8" {...mark} />
    case 'vertical':
      return <path d="M4,0 v8" {...mark} />
    default:
      return null
  }
}

/** `<pattern>` definitions for the given series; put inside an SVG's `<defs>`. */
export function PatternDefs({ base, indexes }: { base: string; indexes: readonly number[] }) {
  return (
    <>
      {indexes.map((index) => {
        const kind = seriesPattern(index)
        if (kind === 'solid') return null
        return (
          <pattern key={index} id={patternId(base, index)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={seriesColor(index)} />
            <PatternMarks kind={kind} />
          </pattern>
        )
      })}
    </>
  )
}

export const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index)

/** A line's point marker, centred on (cx, cy). */
export function Marker({
  kind,
  cx,
  cy,
  color,
  size = 5,
}: {
  kind: MarkerKind
  cx: number
  cy: number
  color: string
  size?: number
}) {
  const s = size
  const common = { fill: color, stroke: '#ffffff', strokeWidth: 1.5 }
  switch (kind) {
    case 'square':
      return <rect x={cx - s * 0.85} y={cy - s * 0.85} width={s * 1.7} height={s * 1.7} {...common} />
    case 'triangle':
      return <path d={`M${cx},${cy - s * 1.1} L${cx + s},${cy + s * 0.75} L${cx - s},${cy + s * 0.75} Z`} {...common} />
    case 'triangle-down':
      return <path d={`M${cx},${cy + s * 1.1} L${cx + s},${cy - s * 0.75} L${cx - s},${cy - s * 0.75} Z`} {...common} />
    case 'diamond':
      return (
        <path
          d={`M${cx},${cy - s * 1.2} L${cx + s * 1.2},${cy} L${cx},${cy + s * 1.2} L${cx - s * 1.2},${cy} Z`}
          {...common}
        />
      )
    case 'cross': {
      const a = s * 0.45
      const b = s * 1.15
      return (
        <path
          d={`M${cx - a},${cy - b} h${2 * a} v${b - a} h${b - a} v${2 * a} h${a - b} v${b - a} h${-2 * a} v${a - b} h${a - b} v${-2 * a} h${b - a} Z`}
          {...common}
        />
      )
    }
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />
  }
}

/**
 * The legend's sample of a series: a filled box (bar, ring) or a dashed line with its marker.
 * `base` must be unique to this swatch: each swatch is its own SVG with its own pattern.
 */
export function Swatch({ base, index, variant }: { base: string; index: number; variant: 'fill' | 'line' }) {
  const color = seriesColor(index)
  if (variant === 'line') {
    return (
      <svg
        className="statistic-chart-swatch"
        width="32"
        height="16"
        viewBox="0 0 32 16"
        aria-hidden="true"
        focusable="false"
      >
        <line x1="1" y1="8" x2="31" y2="8" stroke={color} strokeWidth="2.5" strokeDasharray={seriesDash(index)} />
        <Marker kind={seriesMarker(index)} cx={16} cy={8} color={color} size={4.5} />
      </svg>
    )
  }
  return (
    <svg
      className="statistic-chart-swatch"
      width="18"
      height="18"
      viewBox="0 0 18 18"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <PatternDefs base={base} indexes={[index]} />
      </defs>
      <rect x="1" y="1" width="16" height="16" rx="2" fill={seriesFill(base, index)} stroke={color} strokeWidth="1.5" />
    </svg>
  )
}
