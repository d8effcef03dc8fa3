import { Link } from 'react-router'
import { NotFoundView } from '../../app/NotFoundView'
import { useReportPage } from '../../content/useReportPage'
import { RichText } from '../../shared/portable-text/RichText'
import { paths } from '../../shared/urls'
import { StatisticView } from './StatisticView'
import { useReportLocation } from './useReportLocation'

/** An area on one of its statistics: `/{year}`, `/{year}/{area}` and `/{year}/{area}/{statistic}`. */
export function AreaPage() {
  const page = useReportPage()
  const { report, area, statistic, statisticIndex } = useReportLocation()
  if (!area || (!statistic && area.statistics.length > 0)) return <NotFoundView page={page} inReport />
  const texts = page.siteTexts
  const count = area.statistics.length
  const previous = area.statistics[statisticIndex - 1]
  const next = area.statistics[statisticIndex + 1]
  const title = [statisticIndex > 0 ? statistic?.title : null, area.title, report.title, texts.siteName]
    .filter(Boolean)
    .join(' – ')
  return (
    <>
      <title>{title}</title>
      <header className="area-header">
        <h1>{area.title}</h1>
        {area.subtitle ? <p className="area-subtitle">{area.subtitle}</p> : null}
      </header>
      {statistic ? (
        <section className="statistics" aria-label={area.title}>
          <StatisticView statistic={statistic} texts={texts} />
          <nav className="statistic-pager" aria-label={area.title}>
            {previous ? (
              <Link rel="prev" to={paths.statistic(report.year, area.slug, previous.slug)} aria-label={texts.previousStatistic}>
                ‹
              </Link>
            ) : null}
            <p className="statistic-position" aria-live="polite">
              {texts.position.replace('{current}', String(statisticIndex + 1)).replace('{total}', String(count))}
            </p>
            {next ? (
              <Link rel="next" to={paths.statistic(report.year, area.slug, next.slug)} aria-label={texts.nextStatistic}>
                ›
              </Link>
            ) : null}
          </nav>
        </section>
      ) : null}
      <section className="area-intro" aria-label={area.subtitle ?? area.title}>
        <RichText value={area.intro} />
      </section>
      {area.articles.length > 0 ? (
        <p>
          <Link className="to-articles" to={paths.articles(report.year, area.slug)}>
            {texts.toArticles}
          </Link>
        </p>
      ) : null}
    </>
  )
}
