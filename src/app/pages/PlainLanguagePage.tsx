import { NotFoundView } from '../NotFoundView'
import { PageMeta } from '../PageMeta'
import { useReportPage } from '../../content/useReportPage'
import { paths } from '../../../model/urls'
import { PlainLanguageSummary } from '../../features/plain-language'
import { useReportLocation } from '../../features/report'
import { BackLink } from '../../shared/ui/BackLink'
import { hasPlainLanguage } from '../../content/plainLanguage'

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
        <BackLink to={paths.area(report.year, area.slug)} label={texts.back} />
      </p>
      <PlainLanguageSummary area={area} texts={texts} />
    </>
  )
}
