import type { SiteTexts } from '../../../sanity/schemaTypes/singletons/siteTextLabels'
import type { Statistic } from '../../content/report'
import { StatisticChart } from '../charts/StatisticChart'
import { Headline } from './Headline'
import { InfoDialog } from './InfoDialog'

/** One statistic: its title, its sentence with the numbers, and the info icon. */
export function StatisticView({
  statistic,
  texts,
  headingLevel = 2,
}: {
  statistic: Statistic
  texts: SiteTexts
  headingLevel?: 1 | 2
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  const headingId = `statistic-${statistic._id}`
  return (
    <article className="statistic" aria-labelledby={headingId}>
      <div className="statistic-heading">
        <Heading id={headingId} className="statistic-title" tabIndex={-1}>
          {statistic.title}
        </Heading>
        <InfoDialog statistic={statistic} texts={texts} />
      </div>
      <Headline value={statistic.headline} />
      <StatisticChart chart={statistic.chart} label={statistic.title} />
    </article>
  )
}
