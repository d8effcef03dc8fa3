import { Component, lazy, startTransition, Suspense, useEffect, useId, useState, type ReactNode } from 'react'
import { barLayout, rowsFrameHeight } from './rowLayout'
import { Swatch, svgIdBase } from './marks'
import { donutTotal, formatShare, formatValue, type ChartModel } from './model'
import { useFrameSize } from './useFrameSize'
import { afterNextPaint } from '../../shared/afterNextPaint'
import './charts.css'

/** recharts lives in chunks of its own, fetched after the statistic's text has painted. */
const RechartsChart = lazy(() => import('./rechartsLoader').then((loader) => loader.chart))

/** A chunk that fails to load, or a chart that fails to draw, leaves the sentence on its own. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    return this.state.failed ? null : this.props.children
  }
}

function Legend({ model, idBase }: { model: ChartModel; idBase: string }) {
  if (model.type === 'donut') {
    const values = model.series[0]?.values ?? []
    const total = donutTotal(model)
    return (
      <ul className="statistic-chart-legend">
        {model.categories.map((category, index) => {
          const value = values[index] ?? 0
          return (
            <li key={index}>
              <Swatch base={`${idBase}-legend-${index}`} index={index} variant="fill" />
              <span>
                <span className="statistic-chart-legend-name">{category}:</span>{' '}
                {`${formatValue(value, model.unit)} (${formatShare(value, total)})`}
              </span>
            </li>
          )
        })}
      </ul>
    )
  }
  if (model.series.length < 2) return null
  return (
    <ul className="statistic-chart-legend">
      {model.series.map((series, index) => (
        <li key={index}>
          <Swatch base={`${idBase}-legend-${index}`} index={index} variant={model.type === 'line' ? 'line' : 'fill'} />
          <span className="statistic-chart-legend-name">{series.name}</span>
        </li>
      ))}
    </ul>
  )
}

/**
 * A statistic's chart: a bar, donut (ring) or line chart as a `<figure>`, captioned with the
 * chart's title (or the statistic's) and unit, drawn from the model the view derived once from
 * the chart's numbers (`toChartData`, which the table and the CSV read too). Renders nothing
 * without a model: type "none", or numbers the chart type cannot show (StatisticView then shows
 * them as a table, and says why).
 *
 * The drawing (recharts) is a separate chunk. Until it has arrived and the frame has been laid
 * out, and always on the server, a placeholder fills the frame, whose size is fixed by
 * charts.css, so nothing moves when the drawing lands. Nothing here reads `window` or
 * `document` while rendering.
 */
export function StatisticChart({ model }: { model: ChartModel | null }) {
  const reactId = useId()
  const idBase = svgIdBase(reactId)
  const captionId = `${idBase}-caption`
  const [frameRef, size] = useFrameSize<HTMLDivElement>()
  // The chart is fetched after mount only: the server's HTML and the first client render are
  // the placeholder, whatever the chunk's state.
  const [mounted, setMounted] = useState(false)
  // A transition: the placeholder (the prerendered one, once hydrated) stays until the chart
  // has arrived, instead of giving way to a fallback copy of itself. Begun after the frame that
  // first shows the chart's slide: a chart's commit is one piece of work that cannot be split,
  // and before that frame it would hold up the slide a reader has just asked for.
  useEffect(() => afterNextPaint(() => startTransition(() => setMounted(true))), [])

  if (!model) return null

  // Bars in rows (many or long labels) need a row's height each: the frame grows to fit them.
  // Worked out from the numbers alone, so the server's HTML has the same height.
  const rows = model.type === 'bar' && barLayout(model.categories, model.series.length) === 'rows'
  const frameStyle = rows ? { minHeight: `${rowsFrameHeight(model.categories, model.series.length)}px` } : undefined
  const placeholder = <div className="statistic-chart-placeholder" aria-hidden="true" />
  return (
    <ChartBoundary>
      {/* aria-labelledby: not every browser names a figure after its figcaption yet. */}
      <figure className={`statistic-chart statistic-chart--${model.type}`} aria-labelledby={captionId}>
        <figcaption id={captionId} className="statistic-chart-caption">
          {model.title}
          {model.unit ? <span className="statistic-chart-unit"> ({model.unit})</span> : null}
        </figcaption>
        <div className="statistic-chart-frame" ref={frameRef} style={frameStyle}>
          <Suspense fallback={placeholder}>
            {mounted && size ? (
              <RechartsChart model={model} idBase={idBase} width={size.width} height={size.height} />
            ) : (
              placeholder
            )}
          </Suspense>
        </div>
        <Legend model={model} idBase={idBase} />
      </figure>
    </ChartBoundary>
  )
}
