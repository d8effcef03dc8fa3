/**
 * A statistic's chart as a standalone SVG document (a string): the title, the unit and period,
 * the chart, its legend, the source line and the region's name. Pure code with no DOM and no
 * React, so the same drawing serves the reader's "Ladda ner bild" (SVG, and PNG rasterised from
 * it in the browser) and the build's link-preview images (rasterised in Node by resvg).
 *
 * Text is laid out with the character-width estimates of axes.ts (the chart's own); the font
 * stack is the report's, ending in `sans-serif`, which the build maps to the font it ships.
 */
import { formatNumber } from '../../../model/format/number'
import { textWidth, valueAxis, wrapLabel } from './axes'
import { seriesColor, seriesDash, seriesPattern, type PatternKind } from './palette'
import { donutTotal, formatShare, formatValue, type ChartModel } from './model'

export interface ChartImageOptions {
  /** The drawn chart; null for a card with the title and the sentence alone (no drawable chart). */
  model: ChartModel | null
  /** The statistic's title. */
  title: string
  unit?: string | null
  period?: string | null
  /** The statistic's sentence, shown on a card without a chart. */
  headline?: string | null
  /** "Källa: SCB" (already worded), or null. */
  sourceLine?: string | null
  /** "Region Kronoberg · Årsberättelse 2018". */
  publisherLine: string
  /** The statistic's address, printed small in the corner. */
  url?: string | null
  width: number
  height: number
}

/** The report's fonts (global.css); `sans-serif` is what a renderer without them falls back to. */
export const chartImageFontFamily =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans Condensed', sans-serif"

const ink = '#1a1f24'
const muted = '#4a5560'
const grid = '#d5dce1'
const brand = '#0b4f6c'
/** Bold text is wider than the estimates (made for regular text). */
const boldFactor = 1.1

export function chartImageSvg(options: ChartImageOptions): string {
  const { width, height } = options
  const scale = width / 1200
  const pad = Math.round(48 * scale)
  const out: string[] = []
  const defs: string[] = []

  // Header: brand bar, title (up to two lines), unit and period.
  out.push(`<rect width="${width}" height="${Math.round(10 * scale)}" fill="${brand}"/>`)
  let y = pad + Math.round(12 * scale)
  const titleSize = Math.round(40 * scale)
  const titleLines = wrapLabel(options.title, (width - 2 * pad) / boldFactor, 2, titleSize)
  for (const line of titleLines) {
    y += titleSize
    out.push(text(pad, y, line, { size: titleSize, weight: 700, fill: ink }))
    y += Math.round(8 * scale)
  }
  const subtitle = [options.unit, options.period].filter((part): part is string => !!part && part.trim() !== '')
  if (subtitle.length > 0) {
    const size = Math.round(24 * scale)
    y += size + Math.round(4 * scale)
    out.push(text(pad, y, subtitle.join(' · '), { size, fill: muted }))
  }
  y += Math.round(24 * scale)

  // Footer: source and publisher, from the bottom up.
  const footSize = Math.round(20 * scale)
  let footY = height - pad + Math.round(8 * scale)
  const footer: string[] = []
  const publisher = [options.publisherLine, options.url].filter(Boolean).join(' · ')
  footer.push(text(pad, footY, publisher, { size: footSize, fill: muted }))
  if (options.sourceLine) {
    footY -= footSize + Math.round(8 * scale)
    footer.push(text(pad, footY, options.sourceLine, { size: footSize, fill: ink }))
  }
  const bottom = footY - footSize - Math.round(20 * scale)

  const box = { x: pad, y, width: width - 2 * pad, height: Math.max(40, bottom - y) }
  if (options.model) {
    const drawn = drawChart(options.model, box, scale, defs)
    out.push(drawn)
  } else if (options.headline) {
    const size = Math.round(34 * scale)
    const lines = wrapLabel(options.headline, box.width, Math.max(1, Math.floor(box.height / (size * 1.35))), size)
    lines.forEach((line, index) => out.push(text(pad, y + size + index * size * 1.35, line, { size, fill: ink })))
  }
  out.push(...footer)

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(chartImageFontFamily)}">`,
    `<title>${escapeXml(options.title)}</title>`,
    defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ].join('')
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

function drawChart(model: ChartModel, box: Box, scale: number, defs: string[]): string {
  const legend: string[] = []
  let top = box.y
  // Several series: a legend row above the chart (a ring has its legend beside it).
  if (model.type !== 'donut' && model.series.length > 1) {
    const size = Math.round(20 * scale)
    let x = box.x
    model.series.forEach((series, index) => {
      const itemWidth = 40 * scale + textWidth(series.name, size) + 28 * scale
      if (x > box.x && x + itemWidth > box.x + box.width) {
        x = box.x
        top += size + 14 * scale
      }
      legend.push(swatch(model.type, index, x, top, size, defs))
      legend.push(text(x + 36 * scale, top + size * 0.85, series.name, { size, fill: ink }))
      x += itemWidth
    })
    top += size + 24 * scale
  }
  const area = { ...box, y: top, height: box.height - (top - box.y) }
  const body = model.type === 'donut' ? drawDonut(model, area, scale, defs) : drawCartesian(model, area, scale, defs)
  return legend.join('') + body
}

function drawCartesian(model: ChartModel, box: Box, scale: number, defs: string[]): string {
  const size = Math.round(20 * scale)
  const lineHeight = size * 1.2
  const { ticks, domain } = valueAxis(model.series.flatMap((s) => s.values))
  const tickLabels = ticks.map((tick) => formatNumber(tick))
  const axisWidth = Math.max(...tickLabels.map((label) => textWidth(label, size))) + 14 * scale
  const plot = { x: box.x + axisWidth, width: box.width - axisWidth }
  const count = model.categories.length
  const band = plot.width / Math.max(1, count)
  // Category labels: every label if they fit, else every n-th (a line's points) or wrapped (bars).
  const labelLines = model.categories.map((category) => wrapLabel(category, band - 8 * scale, 3, size))
  const maxLines = Math.max(1, ...labelLines.map((lines) => lines.length))
  const step = model.type === 'line' ? labelEvery(model.categories, band, size) : 1
  const labelRoom = (model.type === 'line' ? 1 : maxLines) * lineHeight + 12 * scale
  const plotTop = box.y + size
  const plotBottom = box.y + box.height - labelRoom
  const [low, high] = domain
  const yOf = (value: number) => plotBottom - ((value - low) / (high - low || 1)) * (plotBottom - plotTop)
  const parts: string[] = []

  ticks.forEach((tick, index) => {
    const ty = yOf(tick)
    parts.push(line(plot.x, ty, plot.x + plot.width, ty, tick === 0 ? muted : grid, tick === 0 ? 2 : 1))
    parts.push(
      text(plot.x - 10 * scale, ty + size * 0.35, tickLabels[index] ?? '', { size, fill: muted, anchor: 'end' }),
    )
  })

  if (model.type === 'bar') {
    const groups = model.series.length
    const groupWidth = band * 0.72
    const barWidth = groupWidth / groups
    const zero = yOf(Math.min(Math.max(0, low), high))
    const labelled = count * groups <= 16
    model.categories.forEach((_, row) => {
      model.series.forEach((series, index) => {
        const value = series.values[row] ?? 0
        const x = plot.x + row * band + (band - groupWidth) / 2 + index * barWidth
        const vy = yOf(value)
        const barTop = Math.min(vy, zero)
        const barHeight = Math.max(1, Math.abs(zero - vy))
        parts.push(
          `<rect x="${n(x + barWidth * 0.06)}" y="${n(barTop)}" width="${n(barWidth * 0.88)}" height="${n(barHeight)}" fill="${fillFor(index, defs)}" stroke="${seriesColor(index)}" stroke-width="${n(1.5 * scale)}"/>`,
        )
        if (labelled) {
          const label = formatNumber(value)
          const labelSize = Math.round(Math.min(size, (barWidth * 0.95) / Math.max(1, textWidth(label, 1))))
          const ly = value >= 0 ? barTop - 8 * scale : barTop + barHeight + labelSize + 4 * scale
          parts.push(text(x + barWidth / 2, ly, label, { size: labelSize, fill: ink, anchor: 'middle', weight: 700 }))
        }
      })
    })
  } else {
    const xOf = (index: number) => plot.x + band * (index + 0.5)
    model.series.forEach((series, index) => {
      const points = series.values.map((value, row) => `${n(xOf(row))},${n(yOf(value))}`).join(' ')
      const dash = seriesDash(index)
      parts.push(
        `<polyline points="${points}" fill="none" stroke="${seriesColor(index)}" stroke-width="${n(4 * scale)}" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      )
      series.values.forEach((value, row) =>
        parts.push(
          `<circle cx="${n(xOf(row))}" cy="${n(yOf(value))}" r="${n(6 * scale)}" fill="${seriesColor(index)}" stroke="#ffffff" stroke-width="${n(2 * scale)}"/>`,
        ),
      )
    })
  }

  model.categories.forEach((category, row) => {
    if (row % step !== 0) return
    const cx = plot.x + band * (row + 0.5)
    const lines = model.type === 'line' ? [category] : (labelLines[row] ?? [])
    lines.forEach((label, index) =>
      parts.push(
        text(cx, plotBottom + 8 * scale + size + index * lineHeight, label, { size, fill: ink, anchor: 'middle' }),
      ),
    )
  })
  return parts.join('')
}

/** Every n-th point's label, the smallest n at which the labels do not run into each other. */
function labelEvery(categories: readonly string[], band: number, size: number): number {
  const widest = Math.max(0, ...categories.map((category) => textWidth(category, size)))
  return Math.max(1, Math.ceil((widest + 12) / Math.max(1, band)))
}

function drawDonut(model: ChartModel, box: Box, scale: number, defs: string[]): string {
  const values = model.series[0]?.values ?? []
  const total = donutTotal(model)
  const radius = Math.max(20, Math.min(box.height / 2, box.width * 0.22))
  const inner = radius * 0.58
  const cx = box.x + radius
  const cy = box.y + box.height / 2
  const parts: string[] = []
  let angle = -Math.PI / 2
  values.forEach((value, index) => {
    const sweep = total > 0 ? (value / total) * Math.PI * 2 : 0
    if (sweep <= 0) return
    parts.push(
      `<path d="${ringSector(cx, cy, radius, inner, angle, angle + sweep)}" fill="${fillFor(index, defs)}" stroke="#ffffff" stroke-width="${n(2 * scale)}"/>`,
    )
    angle += sweep
  })
  const size = Math.round(24 * scale)
  parts.push(
    text(cx, cy + size * 0.35, formatValue(total, model.unit), { size, fill: ink, anchor: 'middle', weight: 700 }),
  )
  // The legend beside the ring: each part with its value and share.
  const legendX = cx + radius + 48 * scale
  const rowHeight = size * 1.6
  const startY = cy - (values.length * rowHeight) / 2
  model.categories.forEach((category, index) => {
    const value = values[index] ?? 0
    const ry = startY + index * rowHeight
    parts.push(swatch('donut', index, legendX, ry, size, defs))
    parts.push(
      text(
        legendX + 40 * scale,
        ry + size * 0.85,
        `${category}: ${formatValue(value, model.unit)} (${formatShare(value, total)})`,
        { size, fill: ink },
      ),
    )
  })
  return parts.join('')
}

function ringSector(cx: number, cy: number, outer: number, inner: number, from: number, to: number): string {
  // A full ring cannot be one arc: draw it as two halves.
  if (to - from >= Math.PI * 2 - 1e-9) {
    const mid = from + Math.PI
    return `${ringSector(cx, cy, outer, inner, from, mid)} ${ringSector(cx, cy, outer, inner, mid, to)}`
  }
  const large = to - from > Math.PI ? 1 : 0
  const point = (r: number, a: number) => `${n(cx + r * Math.cos(a))},${n(cy + r * Math.sin(a))}`
  return [
    `M${point(outer, from)}`,
    `A${n(outer)},${n(outer)} 0 ${large} 1 ${point(outer, to)}`,
    `L${point(inner, to)}`,
    `A${n(inner)},${n(inner)} 0 ${large} 0 ${point(inner, from)}`,
    'Z',
  ].join(' ')
}

/** A legend sample: a filled box (bars, ring) or a short line with its dash. */
function swatch(type: ChartModel['type'], index: number, x: number, y: number, size: number, defs: string[]): string {
  const color = seriesColor(index)
  if (type === 'line') {
    const dash = seriesDash(index)
    return `<line x1="${n(x)}" y1="${n(y + size / 2)}" x2="${n(x + size * 1.5)}" y2="${n(y + size / 2)}" stroke="${color}" stroke-width="${n(size / 5)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
  }
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" rx="2" fill="${fillFor(index, defs)}" stroke="${color}" stroke-width="1.5"/>`
}

/** The series' colour, or its pattern (defined once in `defs`), as in the chart on the page. */
function fillFor(index: number, defs: string[]): string {
  const kind = seriesPattern(index)
  if (kind === 'solid') return seriesColor(index)
  const id = `pattern-${index}`
  if (!defs.some((def) => def.includes(`id="${id}"`))) {
    defs.push(
      `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${seriesColor(index)}"/>${patternMarks(kind)}</pattern>`,
    )
  }
  return `url(#${id})`
}

function patternMarks(kind: PatternKind): string {
  const mark = 'stroke="#ffffff" stroke-width="2"'
  switch (kind) {
    case 'stripes':
      return `<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" ${mark}/>`
    case 'dots':
      return '<circle cx="4" cy="4" r="1.6" fill="#ffffff"/>'
    case 'crosshatch':
      return `<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke="#ffffff" stroke-width="1.25"/>`
    case 'horizontal':
      return `<path d="M0,4 h8" ${mark}/>`
    case 'vertical':
      return `<path d="M4,0 v8" ${mark}/>`
    default:
      return ''
  }
}

function text(
  x: number,
  y: number,
  value: string,
  { size, fill, weight, anchor }: { size: number; fill: string; weight?: number; anchor?: 'middle' | 'end' },
): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}" fill="${fill}"${weight ? ` font-weight="${weight}"` : ''}${anchor ? ` text-anchor="${anchor}"` : ''}>${escapeXml(value)}</text>`
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="${width}"/>`
}

/** Coordinates rounded to 0.1 px: enough for any screen, and a smaller file. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** Text as XML character data or an attribute value: never markup from the CMS. */
function escapeXml(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      // Characters XML 1.0 does not allow (a renderer would refuse the whole image).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  )
}
