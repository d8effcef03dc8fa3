import { Link, useLocation } from 'react-router'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useReportPage } from '../../content/useReportPage'
import { formatDate } from '../../../model/format/date'
import { paths } from '../../../model/urls'
import { readReaderState, type ReaderState, useReportLocation } from '../../features/report'
import { BackLink } from '../../shared/ui/BackLink'

/** `/{year}/{area}/artiklar`: the area's articles in the editors' order. */
export function ArticleListPage() {
  const page = useReportPage()
  const { report, area } = useReportLocation()
  const { from } = readReaderState(useLocation().state)
  if (!area) return <NotFoundView page={page} inReport />
  const texts = page.siteTexts
  // "« Tillbaka" returns to the slide the reader left, through the list and any article.
  const back = from ?? paths.area(report.year, area.slug)
  const state: ReaderState = { from: back }
  return (
    <>
      <PageMeta place={{ kind: 'articles', report, area }} texts={texts} />
      <p>
        <BackLink to={back} label={texts.back} />
      </p>
      <h1>
        {texts.articles}: {area.title}
      </h1>
      <ul className="article-list">
        {area.articles.map((article) => (
          <li key={article._id}>
            <h2>
              <Link to={paths.article(report.year, area.slug, article.slug)} state={state}>
                {article.title}
              </Link>
            </h2>
            {formatDate(article.publishedAt) ? (
              <p className="article-date">
                <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
              </p>
            ) : null}
            {article.lead ? <p>{article.lead}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
