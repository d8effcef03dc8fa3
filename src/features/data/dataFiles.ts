import type { Report, Statistic } from '../../content/report'
import { paths } from '../../../model/urls'
import { toChartData, type ChartData } from '../charts'
import { csvText, statisticCsv } from './csv'

/**
 * The data files the build publishes (see README, "Data files"): each statistic's CSV, the very
 * bytes "Ladda ner data (CSV)" gives, and one tidy CSV of every statistic of a year.
 */

/** The statistic's CSV as the download makes it (csv.ts), or null when it has no numbers. */
export function statisticCsvFor(
  statistic: Statistic,
  data: ChartData | null,
  url: string,
  categoryHeading: string,
): string | null {
  return statisticCsv(data, {
    title: statistic.title,
    period: statistic.period,
    source: statistic.source,
    url,
    categoryHeading,
  })
}

/** The statistic's CSV from its content alone (the build's; the view passes the numbers it read). */
export function statisticCsvFromContent(statistic: Statistic, url: string, categoryHeading: string): string | null {
  return statisticCsvFor(statistic, toChartData(statistic.chart, statistic.title), url, categoryHeading)
}

/** The columns of the year's tidy CSV, in order. */
export const yearCsvColumns = [
  'year',
  'area',
  'statistic',
  'key',
  'category',
  'series',
  'value',
  'unit',
  'period',
  'source',
  'url',
] as const

/**
 * Every value of every statistic of a report, one row per value ("tidy" data), for scripts:
 * UTF-8 without a byte-order mark, comma-separated, a decimal point, an empty cell for a missing
 * value, RFC 4180 quoting. `area` and `statistic` are the slugs in the statistic's address, `key`
 * is the same in every year. Text cells are made safe for spreadsheets as in the statistic's CSV.
 */
export function yearCsv(report: Report, siteUrl: string): string {
  const rows: string[][] = [[...yearCsvColumns]]
  for (const area of report.areas) {
    for (const statistic of area.statistics) {
      const data = toChartData(statistic.chart, statistic.title)
      if (!data) continue
      const unit = data.unit ?? (typeof statistic.unit === 'string' ? statistic.unit.trim() : '')
      const url = siteUrl + paths.statistic(report.year, area.slug, statistic.slug)
      data.categories.forEach((category, row) => {
        for (const series of data.series) {
          const value = series.values[row]
          rows.push([
            String(report.year),
            area.slug,
            statistic.slug,
            statistic.key ?? '',
            category,
            series.name,
            typeof value === 'number' && Number.isFinite(value) ? String(value) : '',
            unit,
            statistic.period ?? '',
            statistic.source?.name ?? '',
            url,
          ])
        }
      })
    }
  }
  return `${rows.map((cells) => cells.map(tidyCell).join(',')).join('\r\n')}\r\n`
}

/**
 * A cell of the tidy CSV: csvText's protection against formulas and line breaks, quoted where
 * RFC 4180 asks (a comma, a quote) or csvText did.
 */
function tidyCell(value: string): string {
  if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value)) return value
  const safe = csvText(value)
  if (safe.startsWith('"')) return safe
  return /[,"]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
