import type { SiteTexts } from '../../../sanity/schemaTypes/singletons/siteTextLabels'
import type { Statistic } from '../../content/report'
import { RichText } from '../../shared/portable-text/RichText'
import { SafeLink } from '../../shared/portable-text/SafeLink'
import { Headline } from './Headline'

/** One statistic: its sentence with the numbers, and where they come from. */
export function StatisticView({ statistic, texts, headingLevel = 2 }: { statistic: Statistic; texts: SiteTexts; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <article className="statistic" aria-labelledby={`statistic-${statistic._id}`}>
      <Heading id={`statistic-${statistic._id}`} className="statistic-title">
        {statistic.title}
      </Heading>
      <Headline value={statistic.headline} />
      <details className="statistic-info">
        <summary>{texts.info}</summary>
        <dl>
          {Array.isArray(statistic.info) && statistic.info.length > 0 ? (
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
      </details>
    </article>
  )
}
