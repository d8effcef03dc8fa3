import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { RichText } from '../../content/portable-text/RichText'
import { SafeLink } from '../../content/portable-text/SafeLink'

/** The statistic's definition, period and source. */
export function StatisticFacts({ statistic, texts }: { statistic: Statistic; texts: SiteTexts }) {
  const hasInfo = Array.isArray(statistic.info) && statistic.info.length > 0
  return (
    <dl className="statistic-facts">
      {hasInfo ? (
        <>
          <dt>{texts.definition}</dt>
          <dd>
            <RichText value={statistic.info} />
          </dd>
        </>
      ) : null}
      {statistic.period ? (
        <>
          <dt>{texts.period}</dt>
          <dd>{statistic.period}</dd>
        </>
      ) : null}
      {statistic.source?.name ? (
        <>
          <dt>{texts.source}</dt>
          <dd>
            <SafeLink href={statistic.source.url}>{statistic.source.name}</SafeLink>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
