import { NotFoundView } from '../../app/NotFoundView'
import { useReportPage } from '../../content/useReportPage'
import { paths } from '../../shared/urls'
import { StatisticView } from '../report/StatisticView'
import { useReportLocation } from '../report/useReportLocation'

/** `/{year}/{area}/{statistic}/embed`: one statistic without the report's frame, for an iframe. */
export function EmbedPage() {
  const page = useReportPage()
  const { report, area, statistic } = useReportLocation()
  if (!area || !statistic) return <NotFoundView page={page} />
  const texts = page.siteTexts
  return (
    <main className="embed">
      <title>{`${statistic.title} – ${report.title} – ${texts.siteName}`}</title>
      <StatisticView statistic={statistic} texts={texts} headingLevel={1} />
      <p className="embed-source">
        <a href={paths.statistic(report.year, area.slug, statistic.slug)} target="_top">
          {texts.openInReport}
        </a>{' '}
        ({texts.regionName}, {report.title})
      </p>
    </main>
  )
}
