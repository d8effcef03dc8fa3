import type { Statistic } from '../../content/report'
import type { ChartData } from '../charts'
import { canonicalUrl, type StatisticPlace } from '../share'
import { CSV_MIME_TYPE, csvFileName } from './csv'
import { statisticCsvFor } from './dataFiles'
import { saveFile } from './saveFile'

/**
 * Saves the statistic's numbers as a CSV file (see csv.ts), named after the statistic and year,
 * through a temporary object URL and a link with `download`. The file's address line is the
 * statistic's canonical URL on the host the reader is on. Returns false when there is nothing
 * to save (no numbers). `data` is the chart's numbers as the view read them (`toChartData`),
 * drawable or not.
 */
export function downloadStatisticCsv(
  data: ChartData | null,
  statistic: Statistic,
  place: StatisticPlace,
  categoryHeading: string,
): boolean {
  const csv = statisticCsvFor(statistic, data, canonicalUrl(place), categoryHeading)
  if (csv === null) return false
  saveFile(new Blob([csv], { type: CSV_MIME_TYPE }), csvFileName(statistic.title, place.year))
  return true
}
