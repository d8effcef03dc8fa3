import { useEffect, useLayoutEffect } from 'react'
import { Navigate, useLocation } from 'react-router'
import { applyEmbedTheme, embedTheme } from '../embed/embedTheme'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useReportPage } from '../../content/useReportPage'
import { paths } from '../../../model/urls'
import { StatisticView, useReportLocation } from '../../features/report'

/** `/{year}/{area}/{statistic}/embed`: one statistic without the report's frame, for an iframe. */
export function EmbedPage() {
  const page = useReportPage()
  const { report, area, statistic, statisticIndex, redirectTo } = useReportLocation()
  const theme = embedTheme(useLocation().search)
  useLayoutEffect(() => applyEmbedTheme(theme), [theme])
  // In an iframe, the page around it learns our height whenever it changes (the embed code's
  // script sizes the iframe to it). The code for it is fetched only there.
  useEffect(() => {
    if (window.parent === window) return
    let stop: (() => void) | undefined
    let left = false
    import('../embed/embedHeight')
      .then(({ postHeightToParent }) => {
        if (!left) stop = postHeightToParent()
      })
      .catch(() => {})
    return () => {
      left = true
      stop?.()
    }
  }, [])
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
