import type { ChartData } from '../charts'
import { stegaCleanDeep } from '../../shared/stega'

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

/** The chart's numbers as read for the view (`toChartData`, drawable or not), or null when there are none. */
export function statisticCsv(data: ChartData | null, content: CsvMetadata): string | null {
  if (!data) return null
  // The file holds the text, never the Studio's stega source maps.
  const meta = stegaCleanDeep(content)
  const { categories, series, unit } = data
  const comments = [
    ['', meta.title],
    ['Period: ', meta.period],
    ['Källa: ', meta.source?.name ? `${meta.source.name}${meta.source.url ? ` (${meta.source.url})` : ''}` : null],
    ['Enhet: ', unit],
    ['Adress: ', meta.url],
  ]
    .filter((line): line is [string, string] => typeof line[1] === 'string' && line[1].trim() !== '')
    .map(([label, value]) => commentLine(label, value))
  const header = [meta.categoryHeading, ...series.map((s) => (unit ? `${s.name} (${unit})` : s.name))].map(csvText)
  const rows = categories.map((category, row) => [csvText(category), ...series.map((s) => csvNumber(s.values[row]))])
  const lines = [...comments, ...[header, ...rows].map((cells) => cells.join(';'))]
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/** "6.8" → "6,8"; "-1.5" → "-1,5"; no thousands separators. A number is never escaped (csvText). */
export function csvNumber(value: number | null | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return ''
  return String(value).replace('.', ',')
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"): = + - @
 * tab and carriage return, and their fullwidth forms, which Excel folds into the ASCII ones. A
 * spreadsheet looks past leading spaces and quotes, so this does too.
 */
const formulaStart = /^[\s"'\uff02\uff07]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\u2212]/
/** A plain number written as text ("-12,5", "-3"): a spreadsheet reads it as the number, no formula. */
const plainNumber = /^-\d+(?:,\d+)?$/
/** Every line break a CSV reader, or the text editor it is opened in, may break a row at. */
const lineBreaks = /[\r\n\v\f\u0085\u2028\u2029]+/g

/**
 * A text cell from the CMS (label, series name, unit, heading), safe to open in a spreadsheet:
 * line breaks become spaces (one row stays one line), a cell that would start a formula gets a
 * leading apostrophe, which keeps it text (it stays visible, OWASP's advice), and quotes; a cell
 * holding a separator, a quote or a # is quoted (pandas and R would otherwise read the rest of
 * the line as a comment).
 */
export function csvText(value: string): string {
  const text = value.replace(lineBreaks, ' ')
  const neutral = formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text
  return neutral !== text || /[;"#]/.test(neutral) || neutral !== neutral.trim()
    ? `"${neutral.replaceAll('"', '""')}"`
    : neutral
}

/**
 * One "# Label: value" line. pandas and R skip it whole, but a spreadsheet reads it as a row,
 * splitting it at every ";": each part after the first is made a safe cell of its own (csvText),
 * so no part can start a formula or open a quote that runs into the next lines. The first part
 * starts with "#" and cannot start a formula; a quote inside it is read as a character.
 */
function commentLine(label: string, value: string): string {
  const [first = '', ...rest] = value.replace(lineBreaks, ' ').split(';')
  return [`# ${label}${first}`, ...rest.map(csvText)].join(';')
}

/**
 * "Besök i hälso- och sjukvården", 2018 → "besok-i-halso-och-sjukvarden-2018.csv"; a title that
 * ends with the year already keeps it once: "Resor 2018" → "resor-2018.csv".
 */
export function csvFileName(title: string, year: number): string {
  return statisticFileName(title, year, 'csv')
}

/** The same name with another extension: "besok-i-halso-och-sjukvarden-2018.png". */
export function statisticFileName(title: string, year: number, extension: string): string {
  const base = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (base.endsWith(`-${year}`)) return `${base}.${extension}`
  return `${base || 'statistik'}-${year}.${extension}`
}
