import { Link, Navigate, useLocation, useParams } from 'react-router'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { richTextPlain } from '../pageMeta'
import { useReportPage } from '../../content/useReportPage'
import { RichText } from '../../content/portable-text/RichText'
import { paths } from '../../../model/urls'
import { PlainLanguageLink } from '../../features/plain-language'
import { readReaderState, placeInYear, StatisticCarousel, useReportLocation } from '../../features/report'
import { ImageFigure } from '../../content/images/ImageFigure'
import { areaColumnsMedia } from '../../content/images/layouts'

/**
 * The lead image is below the statistics on a phone: lazy there, so that it does not compete
 * with the first screen. Beside the title from `areaColumnsMedia`, it is preloaded there.
 */
const leadImageLoading = { preloadWhere: areaColumnsMedia } as const

/** An area on one of its statistics: `/{year}`, `/{year}/{area}` and `/{year}/{area}/{statistic}`. */
export function AreaPage() {
  const page = useReportPage()
  const location = useLocation()
  const { year: yearInUrl } = useParams()
  const { report, area, statistic, statisticIndex, areaInUrl, redirectTo } = useReportLocation()
  const { switchYear } = readReaderState(location.state)
  // Arriving from another year: the same statistic or area here, if this year has it.
  if (!areaInUrl && switchYear) {
    const target = placeInYear(report, switchYear)
    if (target !== location.pathname) return <Navigate replace to={target} />
  }
  if (redirectTo) return <Navigate replace to={redirectTo} />
  if (!area || (!statistic && area.statistics.length > 0)) return <NotFoundView page={page} inReport />
  const texts = page.siteTexts
  const at = areaInUrl ? 'area' : yearInUrl === undefined ? 'latest' : 'report'
  return (
    // From 1024px wide, two columns (images.css): the area's name, lead image and
    // intro beside its statistics. Phones keep this order, one column.
    <div className="area-view">
      <PageMeta
        place={{ kind: 'area', report, area, statisticIndex, at, licence: richTextPlain(page.siteFooter?.licence) }}
        texts={texts}
      />
      <header className="area-header">
        <h1>{area.title}</h1>
        {area.subtitle ? <p className="area-subtitle">{area.subtitle}</p> : null}
        <PlainLanguageLink year={report.year} area={area} texts={texts} />
      </header>
      {statistic ? (
        // Keyed by area: another area's statistics are another carousel, never a slide of this one.
        <StatisticCarousel key={area._id} report={report} area={area} index={statisticIndex} texts={texts} />
      ) : (
        // An area of articles only: the way on is the articles themselves.
        <p className="to-articles-row">
          <Link className="to-articles" to={paths.articles(report.year, area.slug)}>
            {texts.toArticles}
          </Link>
        </p>
      )}
      <ImageFigure image={area.leadImage} layout="areaLead" loading={leadImageLoading} className="area-image" />
      <div className="area-intro">
        <RichText value={area.intro} />
      </div>
    </div>
  )
}
