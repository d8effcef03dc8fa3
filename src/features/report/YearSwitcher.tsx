import { useQueryClient } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { useContentSource } from '../../content/ContentSourceContext'
import { reportQueryOptions } from '../../content/report'
import { ariaCurrent } from '../../shared/ariaCurrent'
import { paths } from '../../../model/urls'
import type { ReaderState } from './readerState'

/**
 * The published years. Choosing one keeps the reader's area and statistic (by its stable key)
 * where that year has them; the year's content starts loading as soon as a link is pointed at.
 */
export function YearSwitcher({
  years,
  currentYear,
  label,
  place,
}: {
  years: number[]
  currentYear: number
  label: string
  place: NonNullable<ReaderState['switchYear']>
}) {
  const queryClient = useQueryClient()
  const source = useContentSource()
  const { pathname } = useLocation()
  if (years.length < 2) return null
  const prefetch = (year: number) => void queryClient.prefetchQuery(reportQueryOptions(source, year))
  return (
    <nav className="year-nav" aria-label={label}>
      <ul>
        {years.map((year) => (
          <li key={year}>
            <Link
              to={paths.report(year)}
              state={{ switchYear: place } satisfies ReaderState}
              // "page" on the year's own address, "true" on its areas, statistics and articles.
              aria-current={ariaCurrent(year === currentYear, paths.report(year), pathname)}
              onPointerEnter={() => prefetch(year)}
              onFocus={() => prefetch(year)}
            >
              {year}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
