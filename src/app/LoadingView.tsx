import type { SiteTexts } from '../../model/siteTextDefaults'

/**
 * Holds the place of the report while it loads: the same boxes as the real layout (header,
 * area navigation, statistic), so nothing shifts when the content arrives.
 */
export function LoadingView({ texts }: { texts: SiteTexts }) {
  return (
    <div className="report-shell loading-view" aria-busy="true">
      <div className="site-header skeleton-bar" />
      <div className="area-nav skeleton-bar" />
      <main className="report-main">
        <p role="status" className="loading-text">
          {texts.loading}
        </p>
        <div className="statistic skeleton-block" />
      </main>
    </div>
  )
}
