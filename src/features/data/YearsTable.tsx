import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Link } from 'react-router'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { useContentSource } from '../../content/ContentSourceContext'
import { paths } from '../../../model/urls'
import { headlineValueText } from '../../../model/headline'
import type { StatisticPlace } from '../share'
import { statisticAcrossYearsOptions, type YearEntry } from './acrossYears'

/**
 * The years compared (see CompareYears): loading, an error with retry, "only one year", or a
 * table of each year's headline value and period, oldest first, other years as links.
 * A chunk of its own, loaded with the first opening, like the data it shows.
 */
export default function YearsTable({
  statisticKey,
  place,
  texts,
  onLeave,
}: {
  statisticKey: string
  place: StatisticPlace
  texts: SiteTexts
  onLeave: () => void
}) {
  const query = useQuery(statisticAcrossYearsOptions(useContentSource(), statisticKey))
  const captionId = useId()
  if (query.isPending) {
    return (
      <p className="compare-status" role="status">
        {texts.compareLoading}
      </p>
    )
  }
  if (query.isError) {
    return (
      <div className="compare-status" role="alert">
        <p>{texts.compareError}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {texts.retry}
        </button>
      </div>
    )
  }
  const entries = [...query.data].sort((a, b) => a.year - b.year)
  if (entries.length < 2) {
    return (
      <p className="compare-status" role="status">
        {texts.compareOnlyOneYear}
      </p>
    )
  }
  return (
    <div className="data-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table compare-table">
        {/* The table's name for assistive technology; on screen, the dialog's title just above says it. */}
        <caption id={captionId} className="visually-hidden">
          {texts.compareTitle}: {place.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">{texts.compareYear}</th>
            <th scope="col">{texts.compareValue}</th>
            <th scope="col">{texts.period}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.year}>
              <th scope="row">
                {entry.year === place.year ? (
                  <span aria-current="true">
                    {entry.year} <span className="compare-current">({texts.compareCurrent})</span>
                  </span>
                ) : (
                  <Link to={paths.statistic(entry.year, entry.areaSlug, entry.statisticSlug)} onClick={onLeave}>
                    {entry.year}
                  </Link>
                )}
              </th>
              <td>{headlineValue(entry) ?? texts.compareMissing}</td>
              <td>{entry.period ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The year's headline value, "1 037 034 besök": its first figure, with the figure's unit or the statistic's. */
export function headlineValue(entry: Pick<YearEntry, 'headline' | 'unit'>): string | null {
  return headlineValueText(entry.headline, entry.unit)
}
