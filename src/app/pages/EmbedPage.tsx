import { Navigate } from 'react-router'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useReportPage } from '../../content/useReportPage'
import { paths } from '../../../model/urls'
import { StatisticView, useReportLocation } from '../../features/report'

/** `/{year}/{area}/{statistic}/embed`: one statistic without the report's frame, for an iframe. */
export function EmbedPage() {
  const page = useReportPage()
  const { report, area, statistic, statisticIndex, redirectTo } = useReportLocation()
  if (redirectTo) return <Navigate replace to={redirectTo} />
  if (!area || !statistic) return <NotFoundView page={page} />
  const texts = page.siteTexts
  return (
    <main className="embed">
      <PageMeta place={{ kind: 'embed', report, area, statistic, statisticIndex }} texts={texts} />
      <StatisticView statistic={statistic} texts={texts} headingLevel={1} variant="embed" />
      <p className="embed-source">
        {statistic.source?.name ? (
          <>
            {texts.source}: {statistic.source.name}.{' '}
          </>
        ) : null}
        <a href={paths.statistic(report.year, area.slug, statistic.slug)} target="_top">
          {texts.openInReport}
        </a>{' '}
        ({texts.regionName}, {report.title}).{' '}
        <a href={paths.accessibilityStatement()} target="_top">
          {texts.accessibilityStatement}
        </a>
      </p>
    </main>
  )
}
