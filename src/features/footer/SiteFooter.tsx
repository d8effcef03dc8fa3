import { Link } from 'react-router'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { SiteFooter as SiteFooterContent } from '../../content/report'
import { RichText } from '../../content/portable-text/RichText'
import { paths } from '../../../model/urls'
import './footer.css'

/**
 * The footer of every page but the embed view: the region and how to reach it, where the
 * content's licence is stated, and the accessibility statement and the newest report, which a
 * public body's site must offer from every page. A top-level <footer> (outside <main>), so it is
 * the page's `contentinfo` landmark. Without footer content (not loaded, or not written yet) the
 * links are still there.
 */
export function SiteFooter({
  texts,
  footer,
  year,
}: {
  texts: SiteTexts
  footer: SiteFooterContent | null | undefined
  /** On a report's pages: its year, for the link to the year's data file (README, "Data files"). */
  year?: number | undefined
}) {
  return (
    <footer className="site-footer">
      <div className="site-footer-part">
        <h2>{texts.regionName}</h2>
        <RichText value={footer?.contact} />
      </div>
      {footer?.licence ? (
        <div className="site-footer-part">
          <h2>{texts.footerLicence}</h2>
          <RichText value={footer.licence} />
        </div>
      ) : null}
      <div className="site-footer-part">
        <h2>{texts.footerLinks}</h2>
        <ul className="site-footer-links">
          <li>
            <Link to={paths.accessibilityStatement()}>{texts.accessibilityStatement}</Link>
          </li>
          <li>
            <Link to={paths.latest()}>{texts.footerLatestReport}</Link>
          </li>
          {year === undefined ? null : (
            <li>
              <a href={paths.yearCsv(year)} type="text/csv">
                {texts.footerYearData.replace('{year}', String(year))}
              </a>
            </li>
          )}
        </ul>
      </div>
    </footer>
  )
}
