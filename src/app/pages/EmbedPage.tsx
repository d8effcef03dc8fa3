import { useEffect } from 'react'
import { Navigate, useLocation } from 'react-router'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useReportPage } from '../../content/useReportPage'
import { paths } from '../../../model/urls'
import { StatisticView, useReportLocation } from '../../features/report'

/** `/{year}/{area}/{statistic}/embed`: one statistic without the report's frame, for an iframe. */
export function EmbedPage() {
  const page = useReportPage()
  const { report, area, statistic, statisticIndex, redirectTo } = useReportLocation()
  const { search } = useLocation()
  // The theme (`?tema=`) and, in an iframe, the height posted to the page around it: code fetched
  // only for the embed view (embed/embedFrame.ts).
  useEffect(() => {
    let stop: (() => void) | undefined
    let left = false
    import('../embed/embedFrame')
      .then(({ startEmbedFrame }) => {
        if (!left) stop = startEmbedFrame(search)
      })
      .catch(() => {})
    return () => {
      left = true
      stop?.()
    }
  }, [search])
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
