import type { ChartModel } from '../charts'

/**
 * A statistic's numbers as CSV, made to open correctly both in a spreadsheet with Swedish
 * settings and in pandas or R (the format is documented in the README):
 * - UTF-8 with a byte-order mark, so Excel reads å, ä and ö;
 * - semicolon-separated with decimal comma, the Swedish convention (and R's read.csv2);
 * - numbers unformatted otherwise: no thousands separators, minus as "-";
 * - the title, period, source and address first, as lines starting with "#"
 *   (pandas: comment="#"; R: comment.char="#"), then one header row and one row per label.
 */
export interface CsvMetadata {
  title: string
  period?: string | null
  source?: { name?: string | null; url?: string | null } | null
  url: string
  /** Heading of the first column, e.g. "Kategori". */
  categoryHeading: string
}

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8'
const BOM = '\ufeff'

/** The chart's numbers (its model, as drawn and tabled), or null when there is no chart to draw. */
export function statisticCsv(model: ChartModel | null, meta: CsvMetadata): string | null {
  if (!model) return null
  const { categories, series, unit } = model
  const comments = [
    `# ${meta.title}`,
    meta.period ? `# Period: ${meta.period}` : null,
    meta.source?.name ? `# Källa: ${meta.source.name}${meta.source.url ? ` (${meta.source.url})` : ''}` : null,
    unit ? `# Enhet: ${unit}` : null,
    `# Adress: ${meta.url}`,
  ].filter((line): line is string => line !== null)
  const header = [meta.categoryHeading, ...series.map((s) => (unit ? `${s.name} (${unit})` : s.name))]
  const rows = categories.map((category, row) => [category, ...series.map((s) => csvNumber(s.values[row]))])
  const lines = [...comments.map(stripLineBreaks), ...[header, ...rows].map((cells) => cells.map(csvCell).join(';'))]
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/** "6.8" → "6,8"; "-1.5" → "-1,5"; no thousands separators. */
export function csvNumber(value: number | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return ''
  return String(value).replace('.', ',')
}

function csvCell(value: string): string {
  return /[;"\r\n#]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value
}

function stripLineBreaks(value: string): string {
  return value.replace(/[\r\n]+/g, ' ')
}

/**
 * "Besök i hälso- och sjukvården", 2018 → "besok-i-halso-och-sjukvarden-2018.csv"; a title that
 * ends with the year already keeps it once: "Resor 2018" → "resor-2018.csv".
 */
export function csvFileName(title: string, year: number): string {
  const base = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (base.endsWith(`-${year}`)) return `${base}.csv`
  return `${base || 'statistik'}-${year}.csv`
}
