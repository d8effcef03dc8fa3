import { memo, useMemo, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { chartNotDrawnReason, drawableChart, StatisticChart, toChartData, type ChartNotDrawnReason } from '../charts'
import { DataTable, StatisticTools, type DataView } from '../data'
import { useStatisticPlace } from '../share'
import { Headline } from './Headline'
import { InfoDialog } from './InfoDialog'
import { StatisticFacts } from './StatisticFacts'

/** "negative" → "chartNotDrawnNegative": the site text that says why there is no chart. */
const notDrawnText = (reason: ChartNotDrawnReason) =>
  `chartNotDrawn${reason[0]!.toUpperCase()}${reason.slice(1)}` as `chartNotDrawn${Capitalize<ChartNotDrawnReason>}`

/**
 * One statistic: its title, its sentence with the numbers, the info icon, the chart (or its
 * numbers as a table, with a sentence saying why, when the chart type cannot show them) and the tools for analysts under it. Memoised: when the carousel moves
 * on, the slide on its way out keeps its props and is not drawn again.
 */
export const StatisticView = memo(function StatisticView({
  statistic,
  texts,
  headingLevel = 2,
  variant = 'report',
}: {
  statistic: Statistic
  texts: SiteTexts
  headingLevel?: 1 | 2
  /** `embed`: alone in an iframe, with the data tools only. */
  variant?: 'report' | 'embed'
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  const headingId = `statistic-${statistic._id}`
  const dataId = `statistic-data-${statistic._id}`
  const place = useStatisticPlace(statistic)
  // The chart's numbers are read once, here: the chart, the table and the CSV all get them.
  const data = useMemo(() => toChartData(statistic.chart, statistic.title), [statistic.chart, statistic.title])
  const model = useMemo(() => drawableChart(data), [data])
  const [view, setView] = useState<DataView>('chart')
  return (
    <article className="statistic" aria-labelledby={headingId}>
      <div className="statistic-heading">
        <Heading id={headingId} className="statistic-title" tabIndex={-1}>
          {statistic.title}
        </Heading>
        <InfoDialog statistic={statistic} texts={texts} />
      </div>
      <Headline value={statistic.headline} />
      <div id={dataId} className="statistic-data">
        {model ? (
          view === 'table' ? (
            <DataTable model={model} texts={texts} />
          ) : (
            <StatisticChart model={model} />
          )
        ) : data ? (
          // Numbers the chart type cannot show: the reader gets them, and is told why there is no chart.
          <>
            <p className="statistic-chart-not-drawn">{texts[notDrawnText(chartNotDrawnReason(data) ?? 'type')]}</p>
            <DataTable model={data} texts={texts} />
          </>
        ) : null}
      </div>
      {place ? (
        <StatisticTools
          statistic={statistic}
          place={place}
          model={model}
          data={data}
          view={view}
          onToggleView={() => setView((shown) => (shown === 'table' ? 'chart' : 'table'))}
          controls={dataId}
          texts={texts}
          variant={variant}
        />
      ) : null}
      {/* Without JavaScript the info dialog cannot open: the facts are on the page instead. */}
      <noscript>
        <StatisticFacts statistic={statistic} texts={texts} />
      </noscript>
    </article>
  )
})
