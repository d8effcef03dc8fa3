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
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
} from 'recharts'
import { formatNumber } from '../../shared/format/number'
import { Marker, PatternDefs, range, seriesColor, seriesDash, seriesFill, seriesMarker } from './marks'
import { describeChart } from './describeChart'
import { formatValue, seriesKey, toRows, type ChartModel } from './model'

export interface RechartsChartProps {
  model: ChartModel
  /** Unique per chart on the page: prefixes the SVG pattern ids. */
  idBase: string
  /** False when the reader prefers reduced motion (and until we know). */
  animate: boolean
}

interface GraphicProps extends RechartsChartProps {
  /** Spoken instead of the drawing: every value, in words and numbers. */
  ariaLabel: string
}

const gridColor = '#c9d1d8'
const inkColor = '#1a1f24'
const animationDuration = 500
const barCategoryGap = 0.18
const barGap = 3

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

/** Fills the reserved frame; recharts observes the frame's size (`responsive`). */
const fill = { width: '100%', height: '100%' } as const

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

/** Category labels wrap at spaces within their band, so 320 px phones fit them. */
function CategoryTick(props: XAxisTickContentProps): ReactNode {
  const { x, y, payload, visibleTicksCount, width } = props as XAxisTickContentProps & {
    x?: number
    y?: number
    width?: number
  }
  const band = typeof width === 'number' && visibleTicksCount > 0 ? width / visibleTicksCount : undefined
  return (
    <Text
      x={x}
      y={y}
      width={band ? Math.max(band - 6, 24) : undefined}
      textAnchor="middle"
      verticalAnchor="start"
      className="recharts-cartesian-axis-tick-value"
      fill={inkColor}
    >
      {String(payload.value)}
    </Text>
  )
}

/** Room for up to three lines of category label where a label may wrap. */
function xAxisHeight(model: ChartModel): number {
  const words = Math.max(...model.categories.map((c) => c.split(/\s+/).length))
  return 14 + Math.min(words, 3) * 16
}

function yAxisLabel(unit: string | null) {
  return unit
    ? { value: unit, angle: -90, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const }, fill: inkColor }
    : undefined
}

const tickNumber = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : String(value))
const labelNumber = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : null)

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
    const size = Math.min(13, room / (text.length * 0.62))
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

function BarGraphic({ model, idBase, ariaLabel, animate }: GraphicProps) {
  const rows = toRows(model)
  const seriesIndexes = range(model.series.length)
  // Values on the bars while there is room for them; the tooltip and the label carry the rest.
  const showValues = model.categories.length * model.series.length <= 10
  return (
    <BarChart
      {...chartA11y}
      responsive
      style={fill}
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
      <CartesianGrid vertical={false} stroke={gridColor} />
      <XAxis dataKey="category" interval={0} tickLine={false} height={xAxisHeight(model)} tick={CategoryTick} />
      <YAxis width="auto" tickFormatter={tickNumber} label={yAxisLabel(model.unit)} axisLine={false} tickLine={false} />
      <Tooltip
        content={(props) => <ChartTooltip {...props} unit={model.unit} />}
        cursor={{ fill: 'rgba(11, 79, 108, 0.08)' }}
        isAnimationActive={false}
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
          isAnimationActive={animate}
          animationDuration={animationDuration}
        >
          {showValues ? (
            <LabelList dataKey={seriesKey(index)} content={barValueLabel(model.series.length > 1)} />
          ) : null}
        </Bar>
      ))}
    </BarChart>
  )
}

function LineGraphic({ model, ariaLabel, animate }: GraphicProps) {
  const rows = toRows(model)
  const showValues = model.series.length === 1 && model.categories.length <= 12
  return (
    <LineChart
      {...chartA11y}
      responsive
      style={fill}
      data={rows}
      role="img"
      aria-label={ariaLabel}
      margin={{ top: showValues ? 24 : 12, right: 16, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke={gridColor} />
      <XAxis dataKey="category" interval={0} tickLine={false} height={xAxisHeight(model)} tick={CategoryTick} padding={{ left: 16, right: 16 }} />
      <YAxis width="auto" tickFormatter={tickNumber} label={yAxisLabel(model.unit)} axisLine={false} tickLine={false} />
      <Tooltip content={(props) => <ChartTooltip {...props} unit={model.unit} />} isAnimationActive={false} />
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
            isAnimationActive={animate}
            animationDuration={animationDuration}
          >
            {showValues ? (
              <LabelList dataKey={seriesKey(index)} position="top" offset={10} formatter={labelNumber} fill={inkColor} />
            ) : null}
          </Line>
        )
      })}
    </LineChart>
  )
}

function DonutGraphic({ model, idBase, ariaLabel, animate }: GraphicProps) {
  const values = model.series[0]?.values ?? []
  const data = model.categories.map((name, index) => ({ name, value: values[index] ?? 0, fill: seriesFill(idBase, index) }))
  return (
    <PieChart {...chartA11y} responsive style={fill} role="img" aria-label={ariaLabel} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
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
        isAnimationActive={animate}
        animationDuration={animationDuration}
      />
      <Tooltip content={(props) => <ChartTooltip {...props} unit={model.unit} />} isAnimationActive={false} />
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
