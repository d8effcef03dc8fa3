import { Link, useLocation } from 'react-router'
import type { Report } from '../../content/report'
import { ariaCurrent } from '../../shared/ariaCurrent'
import { AreaIcon } from '../../../model/AreaIcon'
import { paths } from '../../../model/urls'

/**
 * The statistics icons: one per area, the current one marked for sight and for screen readers
 * (aria-current "page" on the area's own page, "true" on its statistics and articles).
 */
export function AreaNavigation({
  report,
  currentAreaId,
  label,
}: {
  report: Report
  currentAreaId: string | null
  label: string
}) {
  const { pathname } = useLocation()
  return (
    <nav className="area-nav" aria-label={label}>
      <ul>
        {report.areas.map((area) => {
          const current = area._id === currentAreaId
          const to = paths.area(report.year, area.slug)
          return (
            <li key={area._id}>
              <Link
                to={to}
                className={current ? 'area-link is-current' : 'area-link'}
                aria-current={ariaCurrent(current, to, pathname)}
              >
                <AreaIcon name={area.icon} />
                <span className="area-link-label">{area.title}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
