import { Link } from 'react-router'
import { NotFoundView } from '../../app/NotFoundView'
import { PageMeta } from '../../app/PageMeta'
import { useReportPage } from '../../content/useReportPage'
import { RichText } from '../../shared/portable-text/RichText'
import { paths } from '../../shared/urls'
import { useReportLocation } from '../report/useReportLocation'
import { hasPlainLanguage } from './plainLanguage'
import './plain-language.css'

/** `/{year}/{area}/lattlast`: the area's summary in easy-to-read Swedish, and the way back. */
export function PlainLanguagePage() {
  const page = useReportPage()
  const { report, area } = useReportLocation()
  if (!area || !hasPlainLanguage(area)) return <NotFoundView page={page} inReport />
  const texts = page.siteTexts
  return (
    <>
      <PageMeta place={{ kind: 'plainLanguage', report, area }} texts={texts} />
      <p>
        <Link className="back-link" to={paths.area(report.year, area.slug)}>
          {texts.back}
        </Link>
      </p>
      <article className="plain-language">
        <h1>{`${texts.plainLanguage}: ${area.title}`}</h1>
        <RichText value={area.plainLanguage} />
      </article>
    </>
  )
}
