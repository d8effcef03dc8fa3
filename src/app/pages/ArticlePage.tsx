import { useLocation } from 'react-router'
import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useReportPage } from '../../content/useReportPage'
import { formatDate } from '../../../model/format/date'
import { RichText } from '../../content/portable-text/RichText'
import { SafeLink } from '../../content/portable-text/SafeLink'
import { paths } from '../../../model/urls'
import { readReaderState, useReportLocation } from '../../features/report'
import { BackLink } from '../../shared/ui/BackLink'
import { ImageFigure } from '../../content/images/ImageFigure'

/** `/{year}/{area}/artiklar/{article}`. */
export function ArticlePage() {
  const page = useReportPage()
  const { report, area, article } = useReportLocation()
  const { from } = readReaderState(useLocation().state)
  if (!area || !article) return <NotFoundView page={page} inReport />
  const texts = page.siteTexts
  const date = formatDate(article.publishedAt)
  const readMore = (article.readMore ?? []).filter((link) => link.label && link.url)
  return (
    <article className="article">
      <PageMeta place={{ kind: 'article', report, area, article }} texts={texts} />
      <p>
        <BackLink to={from ?? paths.articles(report.year, area.slug)} label={texts.back} />
      </p>
      {/* Above the title, the page's largest element: loaded first. */}
      <ImageFigure image={article.mainImage} layout="articleMain" loading="priority" className="article-image" />
      <h1>{article.title}</h1>
      {date ? (
        <p className="article-date">
          {texts.published} <time dateTime={article.publishedAt}>{date}</time>
        </p>
      ) : null}
      {article.lead ? <p className="article-lead">{article.lead}</p> : null}
      <RichText value={article.body} />
      {readMore.length > 0 ? (
        <aside className="read-more" aria-labelledby="read-more-title">
          <h2 id="read-more-title">{texts.readMore}</h2>
          <ul>
            {readMore.map((link) => (
              <li key={link._key}>
                <SafeLink href={link.url}>{link.label}</SafeLink>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </article>
  )
}
