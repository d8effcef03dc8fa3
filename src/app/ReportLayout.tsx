import { Outlet, useLocation } from 'react-router'
import { useReportPage } from '../content/useReportPage'
import { AreaNavigation, useReportLocation, YearSwitcher } from '../features/report'
import { NavigationHelp } from '../features/navigation-help'
import { ARTICLES_SEGMENT, PLAIN_LANGUAGE_SEGMENT, paths } from '../../model/urls'
import { SiteFrame } from './SiteFrame'
import { usePageChangeFocus } from './usePageChangeFocus'

/** The report's frame: site header, years, area navigation, and the view in <main>. */
export function ReportLayout() {
  const { siteTexts: texts, years, navigationHelp, siteFooter } = useReportPage()
  const { report, area, statistic, article } = useReportLocation()
  const { pathname } = useLocation()
  // Slides of one area are one page; articles, the article list and other areas are others.
  const inArticles = pathname.split('/').includes(ARTICLES_SEGMENT)
  const inPlainLanguage = pathname.split('/').includes(PLAIN_LANGUAGE_SEGMENT)
  usePageChangeFocus(
    `${report.year}/${area?._id}/${inArticles ? `articles/${article?._id ?? ''}` : inPlainLanguage ? PLAIN_LANGUAGE_SEGMENT : 'slides'}`,
  )
  return (
    <SiteFrame
      texts={texts}
      footer={siteFooter}
      year={report.year}
      title={report.title}
      home={paths.report(report.year)}
      tools={
        <>
          <YearSwitcher
            years={years}
            currentYear={report.year}
            label={texts.chooseYear}
            place={{ ...(area ? { areaSlug: area.slug } : {}), statisticKey: statistic?.key ?? null }}
          />
          <NavigationHelp help={navigationHelp} texts={texts} />
        </>
      }
      nav={<AreaNavigation report={report} currentAreaId={area?._id ?? null} label={texts.areasNavigation} />}
      // While another page is on its way, this one takes no input (its keys go to the new page).
      staleIn={{ year: report.year, firstAreaSlug: report.areas[0]?.slug ?? null }}
    >
      <Outlet />
    </SiteFrame>
  )
}
