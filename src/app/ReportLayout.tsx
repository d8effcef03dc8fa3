import { Link, Outlet, useLocation } from 'react-router'
import { useReportPage } from '../content/useReportPage'
import { SiteFooter } from '../features/footer'
import { AreaNavigation, useReportLocation, YearSwitcher } from '../features/report'
import { NavigationHelp } from '../features/navigation-help'
import { PreviewBanner } from '../features/preview'
import { ARTICLES_SEGMENT, PLAIN_LANGUAGE_SEGMENT, paths } from '../../model/urls'
import { useStalePage } from './navigation/useStalePage'
import { usePageChangeFocus } from './usePageChangeFocus'

/** The report's frame: site header, years, area navigation, and the view in <main>. */
export function ReportLayout() {
  const { siteTexts: texts, years, navigationHelp, siteFooter } = useReportPage()
  const { report, area, statistic, article } = useReportLocation()
  const { pathname } = useLocation()
  // Slides of one area are one page; articles, the article list and other areas are others.
  const inArticles = pathname.split('/').includes(ARTICLES_SEGMENT)
  const inPlainLanguage = pathname.split('/').includes(PLAIN_LANGUAGE_SEGMENT)
  // While another page is on its way, this one takes no input (its keys go to the new page).
  const stale = useStalePage({ year: report.year, firstAreaSlug: report.areas[0]?.slug ?? null })
  usePageChangeFocus(
    `${report.year}/${area?._id}/${inArticles ? `articles/${article?._id ?? ''}` : inPlainLanguage ? PLAIN_LANGUAGE_SEGMENT : 'slides'}`,
  )
  return (
    <div className="report-shell">
      <a className="skip-link" href="#innehall">
        {texts.skipToContent}
      </a>
      <PreviewBanner texts={texts} />
      <header className="site-header">
        <p className="site-title">
          <Link to={paths.report(report.year)}>
            <span className="site-region">{texts.regionName}</span> <span>{report.title}</span>
          </Link>
        </p>
        <div className="header-tools">
          <YearSwitcher
            years={years}
            currentYear={report.year}
            label={texts.chooseYear}
            place={{ ...(area ? { areaSlug: area.slug } : {}), statisticKey: statistic?.key ?? null }}
          />
          <NavigationHelp help={navigationHelp} texts={texts} />
        </div>
      </header>
      <AreaNavigation report={report} currentAreaId={area?._id ?? null} label={texts.areasNavigation} />
      <main id="innehall" className="report-main" tabIndex={-1} inert={stale} aria-busy={stale || undefined}>
        <Outlet />
      </main>
      <SiteFooter texts={texts} footer={siteFooter} />
    </div>
  )
}
