import { Link, Outlet } from 'react-router'
import { useReportPage } from '../content/useReportPage'
import { AreaNavigation } from '../features/report/AreaNavigation'
import { useReportLocation } from '../features/report/useReportLocation'
import { paths } from '../shared/urls'

/** The report's frame: site header, years, area navigation, and the view in <main>. */
export function ReportLayout() {
  const { siteTexts: texts, years } = useReportPage()
  const { report, area } = useReportLocation()
  return (
    <div className="report-shell">
      <a className="skip-link" href="#innehall">
        {texts.skipToContent}
      </a>
      <header className="site-header">
        <p className="site-title">
          <Link to={paths.report(report.year)}>
            <span className="site-region">{texts.regionName}</span> {report.title}
          </Link>
        </p>
        {years.length > 1 ? (
          <nav className="year-nav" aria-label={texts.chooseYear}>
            <ul>
              {years.map((year) => (
                <li key={year}>
                  <Link to={paths.report(year)} aria-current={year === report.year ? 'page' : undefined}>
                    {year}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <AreaNavigation report={report} currentAreaId={area?._id ?? null} label={texts.areasNavigation} />
      <main id="innehall" className="report-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
