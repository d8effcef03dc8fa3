import { NavLink } from 'react-router'
import type { Report } from '../../content/report'
import { AreaIcon } from '../../../model/AreaIcon'
import { paths } from '../../../model/urls'

/** The statistics icons: one per area, the current one marked for sight and for screen readers. */
export function AreaNavigation({ report, currentAreaId, label }: { report: Report; currentAreaId: string | null; label: string }) {
  return (
    <nav className="area-nav" aria-label={label}>
      <ul>
        {report.areas.map((area) => {
          const current = area._id === currentAreaId
          return (
            <li key={area._id}>
              <NavLink
                to={paths.area(report.year, area.slug)}
                className={current ? 'area-link is-current' : 'area-link'}
                aria-current={current ? 'page' : undefined}
              >
                <AreaIcon name={area.icon} />
                <span className="area-link-label">{area.title}</span>
              </NavLink>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
