/**
 * The drawn chart. This module, and recharts with it, is loaded with `React.lazy` from
 * StatisticChart after the statistic's text has painted: keep every recharts import here.
 */
import { useMemo, type ReactNode } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  Pie,
  PieChart,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from 'recharts'
import { formatNumber } from '../../../model/format/number'
import {
  breakLabel,
  categoryAxisHeight,
  labelLineHeight,
  labelStep,
  linePointRoom,
  pointLabelExtent,
  type PointLabelRoom,
  maxLabelLines,
  rowLabelWidth,
  rowValueAxisHeight,
  textWidth,
  valueAxis,
  valueAxisAcross,
  valueAxisWidth,
  wrapLabel,
} from './axes'
import { barLayout } from './rowLayout'
import { Marker, PatternDefs, range, seriesColor, seriesDash, seriesFill, seriesMarker } from './marks'
import { describeChart } from './describeChart'
import { formatValue, type ChartModel } from './model'
import { seriesKey, toRows } from './rows'

export interface RechartsChartProps {
  model: ChartModel
  /** Unique per chart on the page: prefixes the SVG pattern ids. */
  idBase: string
  /** The frame's size in px, measured by the caller: recharts does not measure anything. */
  width: number
  height: number
}

interface GraphicProps extends RechartsChartProps {
  /** Spoken instead of the drawing: every value, in words and numbers. */
  ariaLabel: string
}

const gridColor = '#c9d1d8'
const inkColor = '#1a1f24'
const barGap = 3
/** The gap around the bars of one category, as a share of its band (rowLayout.ts: barShare). */
const barCategoryGap = 0.18
/** Room at either end of a line, so its first and last points are not on the frame's edge. */
const linePadding = 16
const lineMarginRight = 16

/**
 * Accessibility: the SVG is `role="img"` with an `aria-label` that states every value, so a
 * screen reader gets all the data in one stop, in Swedish, sv-SE formatted. recharts 3's
 * `accessibilityLayer` (on by default) would instead make the SVG a Tab stop with
 * `role="application"` whose arrow keys move a tooltip: that adds nothing the label does not
 * already say, would override our `role="img"`, and puts an extra stop in every statistic's
 * Tab order. So it is off, and the pie's own focusable layer (`rootTabIndex`) is taken out of
 * the Tab order too. The values are also drawn as visible labels (bars where there is room,
 * single lines) or listed in the legend (rings), and they are in the sentence above, so keyboard
 * users lose nothing; the tooltip remains for pointer and touch.
 */
const chartA11y = { accessibilityLayer: false } as const

/**
 * Motion is CSS (charts.css): bars grow, lines draw from the left, the ring turns in, and
 * nothing moves for readers who ask for less motion. recharts' own animation re-renders the
 * chart in every frame from script, which kept the main thread busy while the reader swipes on.
 */
const staticDrawing = { isAnimationActive: false } as const

function ChartTooltip({ active, payload, label, unit }: TooltipContentProps & { unit: string | null }) {
  if (!active || !payload || payload.length === 0) return null
  const heading = typeof label === 'string' || typeof label === 'number' ? String(label) : null
  return (
    // The same values are in the graphic's label: hidden from assistive technology.
    <div className="statistic-chart-tooltip" aria-hidden="true">
      {heading ? <p className="statistic-chart-tooltip-label">{heading}</p> : null}
      <ul>
        {payload.map((item, index) => (
          <li key={`${String(item.name)}-${index}`}>
            {item.name != null ? `${String(item.name)}: ` : ''}
            {typeof item.value === 'number' ? formatValue(item.value, unit) : String(item.value ?? '')}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * Category labels under columns or a line's points wrap at spaces within the room they have:
 * their band, or `step` bands when only every `step`-th label is shown. A label stays inside the
 * drawing at either end. The lines are worked out from estimated text widths (axes.ts), not
 * measured.
 */
function categoryTick({ count, step, chartWidth }: { count: number; step: number; chartWidth: number }) {
  return function CategoryTick(props: XAxisTickContentProps): ReactNode {
    const { x, y, payload, width } = props as XAxisTickContentProps & { x?: number; y?: number; width?: number }
    // The axis's width over all the categories (recharts' own count is of the ticks it shows).
    const band = typeof width === 'number' && count > 0 ? (width / count) * step : undefined
    const lines = band
      ? wrapLabel(String(payload.value), Math.max(band - 6, 24), maxLabelLines)
      : [String(payload.value)]
    const half = Math.max(0, ...lines.map((line) => textWidth(line))) / 2
    const centre = typeof x === 'number' ? Math.min(Math.max(x, half + 1), chartWidth - half - 1) : x
    return (
      <text x={centre} y={y} textAnchor="middle" className="recharts-cartesian-axis-tick-value" fill={inkColor}>
        {lines.map((line, index) => (
          // The first line hangs from the axis (0.71em: a cap height), the rest follow it.
          <tspan key={index} x={centre} dy={index === 0 ? '0.71em' : labelLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    )
  }
}

/**
 * A line's label under its point, wrapped to the room up to halfway to the next shown label (or
 * the drawing's edge) and centred in it: every `step`-th label, so that none overlaps another.
 */
function pointTick({ count, step, room }: { count: number; step: number; room: PointLabelRoom }) {
  return function PointTick(props: XAxisTickContentProps): ReactNode {
    const { x, y, payload, index } = props as XAxisTickContentProps & { x: number; y: number; index: number }
    // recharts numbers the ticks it shows; the payload knows the category's own index.
    const category = (payload as { index?: number }).index ?? index * step
    const { left, right } = pointLabelExtent(category, count, step, room)
    // A name too long even for the widest room is cut short: in full in the table and tooltip.
    const all = breakLabel(String(payload.value), Math.max(left + right, 24))
    const lines = all.length > maxLabelLines ? [...all.slice(0, maxLabelLines - 1), `${all[maxLabelLines - 1]}…`] : all
    const centre = x + (right - left) / 2
    return (
      <text x={centre} y={y} textAnchor="middle" className="recharts-cartesian-axis-tick-value" fill={inkColor}>
        {lines.map((line, lineIndex) => (
          <tspan key={lineIndex} x={centre} dy={lineIndex === 0 ? '0.71em' : labelLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    )
  }
}

/**
 * A label beside a row of bars, in full: broken into as many lines as the label column needs,
 * right-aligned against the bars and centred on the row.
 */
function rowTick(labelWidth: number) {
  return function RowTick(props: YAxisTickContentProps): ReactNode {
    const { x, y, payload } = props
    const lines = breakLabel(String(payload.value), labelWidth - 14)
    const first = -((lines.length - 1) * labelLineHeight) / 2
    return (
      <text
        x={x}
        y={y}
        textAnchor="end"
        className="recharts-cartesian-axis-tick-value statistic-chart-row-label"
        fill={inkColor}
      >
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? first : labelLineHeight} dominantBaseline="central">
            {line}
          </tspan>
        ))}
      </text>
    )
  }
}

/** A value axis tick label, sv-SE: plain text where recharts' `Text` would work out its lines. */
function ValueTick({ x, y, payload }: YAxisTickContentProps): ReactNode {
  return (
    <text x={x} y={y} dy="0.35em" textAnchor="end" className="recharts-cartesian-axis-tick-value" fill={inkColor}>
      {tickNumber(payload.value)}
    </text>
  )
}

/** The unit, written up the value axis (recharts' own label measures its text first). */
function UnitLabel({ viewBox, value }: LabelProps) {
  if (!viewBox || !('height' in viewBox) || value == null) return null
  const x = viewBox.x + labelLineHeight / 2 + 2
  const y = viewBox.y + viewBox.height / 2
  return (
    <text
      x={x}
      y={y}
      dy="0.35em"
      transform={`rotate(-90 ${x} ${y})`}
      textAnchor="middle"
      className="recharts-label"
      fill={inkColor}
    >
      {String(value)}
    </text>
  )
}

/**
 * The value axis and the grid's lines: round ticks, and a width worked out in advance, so
 * nothing is measured. Without the generator recharts would work out the grid's lines again
 * from the axis, measuring every tick label in the DOM.
 */
function valueAxisParts(model: ChartModel) {
  const { domain, ticks } = valueAxis(model.series.flatMap((series) => series.values))
  const [low, high] = domain
  const yAxis = {
    width: valueAxisWidth(ticks, model.unit),
    domain,
    ticks,
    interval: 0,
    // The ticks are given: recharts need not work out round ones of its own.
    niceTicks: 'none' as const,
    tick: ValueTick,
    label: model.unit ? { value: model.unit, content: UnitLabel } : undefined,
    axisLine: false,
    tickLine: false,
  }
  const grid = {
    vertical: false,
    horizontalCoordinatesGenerator: ({ offset }: { offset: { top: number; height: number } }) =>
      ticks.map((tick) => offset.top + (offset.height * (high - tick)) / (high - low)),
    // No vertical lines; without this recharts still works out where they would go.
    verticalCoordinatesGenerator: () => [],
  }
  return { yAxis, grid }
}

const tickNumber = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : String(value))

/** A line's value above its point. */
function LineValueLabel({ viewBox, value }: LabelProps) {
  if (typeof value !== 'number' || !viewBox || !('y' in viewBox)) return null
  return (
    <text x={viewBox.x} y={viewBox.y - 10} textAnchor="middle" className="statistic-chart-value" fill={inkColor}>
      {formatNumber(value)}
    </text>
  )
}

/**
 * A bar's value above it (below, for a negative value), shrunk to the room the bar leaves and
 * left out where even 9 px would collide with its neighbour: the value is still in the graphic's
 * label and in the tooltip.
 */
function barValueLabel(grouped: boolean) {
  return function BarValueLabel({ viewBox, value }: LabelProps) {
    if (typeof value !== 'number' || !viewBox || !('width' in viewBox)) return null
    const { x, y, width, height } = viewBox
    const text = formatNumber(value)
    // A lone bar may use its whole category band: the bar is 1 − 2 × barCategoryGap of it.
    const room = grouped ? width + barGap : (width / (1 - 2 * barCategoryGap)) * 0.95
    const size = Math.min(13, room / textWidth(text, 1))
    if (size < 9) return null
    const top = Math.min(y, y + height)
    const bottom = Math.max(y, y + height)
    return (
      <text
        x={x + width / 2}
        y={value < 0 ? bottom + size + 3 : top - 6}
        textAnchor="middle"
        className="statistic-chart-value"
        style={{ fontSize: `${size}px` }}
      >
        {text}
      </text>
    )
  }
}

/**
 * A bar as a plain rectangle that knows which way it grows: from the zero line up for a value
 * above zero, down for one below (charts.css animates it from there).
 */
function BarShape({ x, y, width, height, value, fill, stroke, strokeWidth }: BarShapeProps) {
  if (![x, y, width, height].every(Number.isFinite)) return null
  const below = (typeof value === 'number' ? value : 0) < 0
  return (
    <rect
      className="recharts-rectangle statistic-chart-bar"
      x={x}
      y={Math.min(y, y + height)}
      width={Math.max(0, width)}
      height={Math.abs(height)}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
      style={{ transformOrigin: below ? 'top' : 'bottom' }}
    />
  )
}

/** A bar lying in a row: it grows from the zero line to the right, or to the left below zero. */
function RowBarShape({ x, y, width, height, value, fill, stroke, strokeWidth }: BarShapeProps) {
  if (![x, y, width, height].every(Number.isFinite)) return null
  const below = (typeof value === 'number' ? value : 0) < 0
  return (
    <rect
      className="recharts-rectangle statistic-chart-bar statistic-chart-bar--row"
      x={Math.min(x, x + width)}
      y={y}
      width={Math.abs(width)}
      height={Math.max(0, height)}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
      style={{ transformOrigin: below ? 'right' : 'left' }}
    />
  )
}

/**
 * A row's value beside its bar's end; a value below zero on the other side of the zero line, so
 * it never runs into the labels. Left out where the bar is too thin for 9 px text.
 */
function rowValueLabel(zero: number) {
  return function RowValueLabel({ viewBox, value }: LabelProps) {
    if (typeof value !== 'number' || !viewBox || !('width' in viewBox)) return null
    const { x, y, width, height } = viewBox
    const size = Math.min(13, Math.abs(height) + 2)
    if (size < 9) return null
    const end = value < 0 ? zero : Math.max(x, x + width)
    return (
      <text
        x={end + 4}
        y={y + height / 2}
        dy="0.35em"
        textAnchor="start"
        className="statistic-chart-value"
        style={{ fontSize: `${size}px` }}
      >
        {formatNumber(value)}
      </text>
    )
  }
}

function ColumnBarGraphic({ model, idBase, ariaLabel, width, height }: GraphicProps) {
  const rows = toRows(model)
  const seriesIndexes = range(model.series.length)
  // Values on the bars while there is room for them; the tooltip and the label carry the rest.
  const showValues = model.categories.length * model.series.length <= 10
  const axis = valueAxisParts(model)
  return (
    <BarChart
      {...chartA11y}
      width={width}
      height={height}
      data={rows}
      role="img"
      aria-label={ariaLabel}
      margin={{ top: showValues ? 22 : 8, right: 8, bottom: 0, left: 0 }}
      barCategoryGap={`${barCategoryGap * 100}%`}
      barGap={barGap}
      maxBarSize={72}
    >
      <defs>
        <PatternDefs base={idBase} indexes={seriesIndexes} />
      </defs>
      <CartesianGrid stroke={gridColor} {...axis.grid} />
      <XAxis
        dataKey="category"
        interval={0}
        tickLine={false}
        height={categoryAxisHeight(model)}
        tick={categoryTick({ count: model.categories.length, step: 1, chartWidth: width })}
      />
      <YAxis {...axis.yAxis} />
      <Tooltip
        content={(props) => <ChartTooltip {...props} unit={model.unit} />}
        cursor={{ fill: 'rgba(11, 79, 108, 0.08)' }}
        {...staticDrawing}
      />
      {model.series.map((series, index) => (
        <Bar
          key={index}
          className={`statistic-chart-series-${index}`}
          dataKey={seriesKey(index)}
          name={series.name}
          fill={seriesFill(idBase, index)}
          stroke={seriesColor(index)}
          strokeWidth={1.5}
          shape={BarShape}
          {...staticDrawing}
        >
          {showValues ? (
            <LabelList dataKey={seriesKey(index)} content={barValueLabel(model.series.length > 1)} />
          ) : null}
        </Bar>
      ))}
    </BarChart>
  )
}

/**
 * Bars lying in rows, for many categories or long labels (barLayout): each label is written in
 * full beside its bars, however narrow the screen; the frame grows to give every row its room.
 */
function RowBarGraphic({ model, idBase, ariaLabel, width, height }: GraphicProps) {
  const rows = toRows(model)
  const seriesIndexes = range(model.series.length)
  const values = model.series.flatMap((series) => series.values)
  const showValues = model.categories.length * model.series.length <= 24
  const labelWidth = rowLabelWidth(model, width)
  const valueRoom = showValues ? Math.max(...values.map((value) => textWidth(formatNumber(value)))) + 8 : 0
  const rough = valueAxisAcross(values, width - labelWidth - valueRoom - 16)
  // The last tick's label is centred on the plot's edge: half of it hangs over.
  const right = Math.ceil(Math.max(valueRoom, rough.widest / 2) + 4)
  const axis = valueAxisAcross(values, width - labelWidth - right)
  const [low, high] = axis.domain
  // The plot lies between the label column and the right margin.
  const plotWidth = width - labelWidth - right
  const xOf = (value: number) => labelWidth + (plotWidth * (value - low)) / (high - low)
  return (
    <BarChart
      {...chartA11y}
      layout="vertical"
      width={width}
      height={height}
      data={rows}
      role="img"
      aria-label={ariaLabel}
      margin={{ top: 8, right, bottom: 0, left: 0 }}
      barCategoryGap={`${barCategoryGap * 100}%`}
      barGap={barGap}
      maxBarSize={40}
    >
      <defs>
        <PatternDefs base={idBase} indexes={seriesIndexes} />
      </defs>
      <CartesianGrid
        stroke={gridColor}
        horizontal={false}
        verticalCoordinatesGenerator={() => axis.ticks.map(xOf)}
        horizontalCoordinatesGenerator={() => []}
      />
      <XAxis
        type="number"
        domain={axis.domain}
        ticks={axis.ticks}
        interval={0}
        niceTicks="none"
        height={rowValueAxisHeight}
        tickFormatter={tickNumber}
        tickLine={false}
        axisLine={false}
      />
      <YAxis
        type="category"
        dataKey="category"
        width={labelWidth}
        interval={0}
        tickLine={false}
        tick={rowTick(labelWidth)}
      />
      <Tooltip
        content={(props) => <ChartTooltip {...props} unit={model.unit} />}
        cursor={{ fill: 'rgba(11, 79, 108, 0.08)' }}
        {...staticDrawing}
      />
      {model.series.map((series, index) => (
        <Bar
          key={index}
          className={`statistic-chart-series-${index}`}
          dataKey={seriesKey(index)}
          name={series.name}
          fill={seriesFill(idBase, index)}
          stroke={seriesColor(index)}
          strokeWidth={1.5}
          shape={RowBarShape}
          {...staticDrawing}
        >
          {showValues ? <LabelList dataKey={seriesKey(index)} content={rowValueLabel(xOf(0))} /> : null}
        </Bar>
      ))}
    </BarChart>
  )
}

function BarGraphic(props: GraphicProps) {
  return barLayout(props.model.categories, props.model.series.length) === 'rows' ? (
    <RowBarGraphic {...props} />
  ) : (
    <ColumnBarGraphic {...props} />
  )
}

function LineGraphic({ model, ariaLabel, width, height }: GraphicProps) {
  const rows = toRows(model)
  const axis = valueAxisParts(model)
  // Only every step-th label where all of them would not fit; the rest are in the table.
  const room = linePointRoom(model, width, linePadding, lineMarginRight)
  const step = labelStep(model.categories, room)
  const showValues = model.series.length === 1 && model.categories.length <= 12 && step === 1
  return (
    <LineChart
      {...chartA11y}
      width={width}
      height={height}
      data={rows}
      role="img"
      aria-label={ariaLabel}
      margin={{ top: showValues ? 24 : 12, right: lineMarginRight, bottom: 0, left: 0 }}
    >
      <CartesianGrid stroke={gridColor} {...axis.grid} />
      <XAxis
        dataKey="category"
        tickLine={false}
        height={categoryAxisHeight(model)}
        tick={pointTick({ count: model.categories.length, step, room })}
        interval={step - 1}
        padding={{ left: linePadding, right: linePadding }}
      />
      <YAxis {...axis.yAxis} />
      <Tooltip content={(props) => <ChartTooltip {...props} unit={model.unit} />} {...staticDrawing} />
      {model.series.map((series, index) => {
        const color = seriesColor(index)
        const kind = seriesMarker(index)
        return (
          <Line
            key={index}
            className={`statistic-chart-series-${index}`}
            type="linear"
            dataKey={seriesKey(index)}
            name={series.name}
            stroke={color}
            strokeWidth={2.5}
            strokeDasharray={seriesDash(index)}
            dot={({ cx, cy }) =>
              typeof cx === 'number' && typeof cy === 'number' ? (
                <Marker kind={kind} cx={cx} cy={cy} color={color} />
              ) : null
            }
            activeDot={({ cx, cy }) =>
              typeof cx === 'number' && typeof cy === 'number' ? (
                <Marker kind={kind} cx={cx} cy={cy} color={color} size={7} />
              ) : null
            }
            {...staticDrawing}
          >
            {showValues ? <LabelList dataKey={seriesKey(index)} content={LineValueLabel} /> : null}
          </Line>
        )
      })}
    </LineChart>
  )
}

function DonutGraphic({ model, idBase, ariaLabel, width, height }: GraphicProps) {
  const values = model.series[0]?.values ?? []
  const data = model.categories.map((name, index) => ({
    name,
    value: values[index] ?? 0,
    fill: seriesFill(idBase, index),
  }))
  return (
    <PieChart
      {...chartA11y}
      width={width}
      height={height}
      role="img"
      aria-label={ariaLabel}
      margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
    >
      <defs>
        <PatternDefs base={idBase} indexes={range(data.length)} />
      </defs>
      <Pie
        data={data}
        dataKey="value"
        nameKey="name"
        innerRadius="55%"
        outerRadius="92%"
        startAngle={90}
        endAngle={-270}
        stroke="#ffffff"
        strokeWidth={2}
        rootTabIndex={-1}
        {...staticDrawing}
      />
      <Tooltip content={(props) => <ChartTooltip {...props} unit={model.unit} />} {...staticDrawing} />
    </PieChart>
  )
}

export default function RechartsChart(chart: RechartsChartProps) {
  const ariaLabel = useMemo(() => describeChart(chart.model), [chart.model])
  const props = { ...chart, ariaLabel }
  switch (props.model.type) {
    case 'bar':
      return <BarGraphic {...props} />
    case 'line':
      return <LineGraphic {...props} />
    case 'donut':
      return <DonutGraphic {...props} />
    default:
      return null
  }
}
