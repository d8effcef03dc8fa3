import { lazy, Suspense } from 'react'
import { Link, useLocation } from 'react-router'
import type { SiteTexts } from '../../model/siteTextDefaults'
import type { ReportPage } from '../content/report'
import { useKnownSiteTexts } from '../content/useKnownSiteTexts'
import { useLatestReportPage } from '../content/useReportPage'
import { SiteFooter } from '../features/footer'
import { AreaIcon } from '../../model/AreaIcon'
import { paths } from '../../model/urls'
import { mayLeadElsewhere } from './address/mayRedirect'
import { LoadingView } from './LoadingView'
import { PageMeta } from './PageMeta'

/**
 * For any URL that is not part of a report. Leads back in: the newest report and its areas
 * (or those of `page` when the URL named a year that exists). Inside the report's frame
 * (`inReport`), the frame's area navigation already leads back, so only the message is shown.
 */
export function NotFoundView({ page, inReport = false }: { page?: ReportPage; inReport?: boolean }) {
  const latest = useLatestReportPage()
  const known = useKnownSiteTexts()
  const texts = page?.siteTexts ?? latest?.siteTexts ?? known
  const report = page?.report ?? latest?.report
  const footer = page?.siteFooter ?? latest?.siteFooter
  const { pathname } = useLocation()
  // A near miss of a page's address, or an address of the previous report site, leads to the page.
  if (mayLeadElsewhere(pathname)) {
    return (
      <Suspense fallback={inReport ? null : <LoadingView texts={texts} />}>
        <AddressRedirect
          texts={texts}
          notFound={<NotFoundContent texts={texts} report={report} footer={footer} inReport={inReport} />}
        />
      </Suspense>
    )
  }
  return <NotFoundContent texts={texts} report={report} footer={footer} inReport={inReport} />
}

const AddressRedirect = lazy(() => import('./address/AddressRedirect'))

function NotFoundContent({
  texts,
  report,
  footer,
  inReport = false,
}: {
  texts: SiteTexts
  report: ReportPage['report'] | undefined
  footer: ReportPage['siteFooter'] | undefined
  inReport?: boolean
}) {
  const message = (
    <>
      <PageMeta place={{ kind: 'notFound' }} texts={texts} />
      <h1>{texts.notFoundTitle}</h1>
      <p>{texts.notFoundBody}</p>
    </>
  )
  if (inReport) {
    return (
      <div className="status-view">
        {message}
        <p>
          <Link className="button" to={paths.latest()}>
            {texts.toLatestReport}
          </Link>
        </p>
      </div>
    )
  }
  return (
    <>
      <main className="report-shell status-view" id="innehall">
        {message}
        {report ? (
          <nav aria-label={texts.areasNavigation}>
            <ul className="not-found-areas">
              {report.areas.map((area) => (
                <li key={area._id}>
                  <Link to={paths.area(report.year, area.slug)}>
                    <AreaIcon name={area.icon} />
                    <span>{area.title}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p>
          <Link className="button" to={paths.latest()}>
            {texts.toLatestReport}
          </Link>
        </p>
      </main>
      <SiteFooter texts={texts} footer={footer} />
    </>
  )
}
