import { memo, useMemo, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { toChartModel, StatisticChart } from '../charts'
import { DataTable, StatisticTools, type DataView } from '../data'
import { useStatisticPlace } from '../share'
import { Headline } from './Headline'
import { InfoDialog, StatisticFacts } from './InfoDialog'

/**
 * One statistic: its title, its sentence with the numbers, the info icon, the chart (or its
 * numbers as a table) and the tools for analysts under it. Memoised: when the carousel moves
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
  const model = useMemo(() => toChartModel(statistic.chart, statistic.title), [statistic.chart, statistic.title])
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
        {view === 'table' && model ? (
          <DataTable model={model} texts={texts} />
        ) : (
          <StatisticChart model={model} />
        )}
      </div>
      {place ? (
        <StatisticTools
          statistic={statistic}
          place={place}
          model={model}
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
