import { ARTICLES_SEGMENT, EMBED_SEGMENT, PLAIN_LANGUAGE_SEGMENT } from './urls'

/**
 * Pure validation rules shared by the schema (Studio validation), the dataset tests and the
 * app's defensive parsing of content. No `sanity` import: the browser bundle may use these.
 */

/** URL path segments the app uses itself; a slug with one of these names would be unreachable. */
export const reservedSlugs: readonly string[] = [ARTICLES_SEGMENT, EMBED_SEGMENT, PLAIN_LANGUAGE_SEGMENT]

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a slug can be part of an address (what `checkSlug` accepts), without the messages. */
export function isValidSlug(slug: unknown): slug is string {
  return typeof slug === 'string' && slugPattern.test(slug) && !(reservedSlugs as readonly string[]).includes(slug)
}

/** Returns a Swedish message for an invalid URL slug, or `true`. */
export function checkSlug(slug: string | undefined): true | string {
  if (!slug) return 'Ange en slug: den blir en del av adressen.'
  if (!slugPattern.test(slug)) {
    return 'Använd bara små bokstäver a–z, siffror och bindestreck (inte å, ä, ö eller mellanslag).'
  }
  if (reservedSlugs.includes(slug)) {
    return `”${slug}” används redan av adresserna i årsberättelsen. Välj en annan slug.`
  }
  return true
}

/** A statistic's stable key follows the same pattern as a slug, but is never shown in URLs. */
export function checkStatisticKey(key: string | undefined): true | string {
  if (!key) return 'Ange en nyckel. Samma statistik ska ha samma nyckel alla år.'
  if (!slugPattern.test(key)) return 'Nyckeln får bara innehålla a–z, siffror och bindestreck.'
  return true
}

/** Schemes a link from the CMS may use; anything else (javascript:, data:, …) is refused. */
export const safeLinkSchemes = ['http:', 'https:', 'mailto:', 'tel:'] as const

export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.trim() === '') return false
  try {
    const url = new URL(href)
    return (safeLinkSchemes as readonly string[]).includes(url.protocol)
  } catch {
    return false
  }
}

/**
 * For a `url` field whose own rule (isSafeHref) decides: Sanity's url type checks every URL against
 * http/https by default, which would refuse mailto:/tel: and repeat our message in its own words.
 * This lets any URL through that check, so each problem is reported once, by our rule.
 */
export const anyUri = { scheme: [/^[a-z][a-z0-9+.-]*$/i], allowRelative: true }

/** Returns the labels (here: slugs) that occur more than once. */
export function duplicates(values: readonly (string | undefined | null)[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) {
    if (!value) continue
    if (seen.has(value)) repeated.add(value)
    seen.add(value)
  }
  return [...repeated]
}

export const chartTypes = ['bar', 'donut', 'line', 'none'] as const
export type ChartType = (typeof chartTypes)[number]

interface ChartLike {
  type?: string | null
  categories?: readonly (string | null)[] | null
  series?: readonly { name?: string | null; values?: readonly (number | null)[] | null }[] | null
}

/**
 * Checks that a chart can be drawn: every series has one finite value per category label.
 * Returns a list of Swedish problems, empty when the chart is sound.
 */
export function chartProblems(chart: ChartLike | null | undefined): string[] {
  if (!chart || !chart.type || chart.type === 'none') return []
  const problems: string[] = []
  if (!(chartTypes as readonly string[]).includes(chart.type)) {
    problems.push(`Okänd diagramtyp ”${chart.type}”.`)
  }
  const categories = chart.categories ?? []
  const series = chart.series ?? []
  if (categories.length === 0) problems.push('Diagrammet behöver minst en etikett.')
  if (categories.some((label) => !label || !label.trim())) problems.push('Varje etikett måste ha en text.')
  if (series.length === 0) problems.push('Diagrammet behöver minst en serie med värden.')
  if (chart.type === 'donut' && series.length > 1) {
    problems.push('Ett ringdiagram visar bara en serie.')
  }
  series.forEach((s, index) => {
    const name = s.name?.trim() || `Serie ${index + 1}`
    if (!s.name?.trim()) problems.push(`Serie ${index + 1} saknar namn.`)
    const values = s.values ?? []
    if (values.length !== categories.length) {
      problems.push(
        `${name} har ${values.length} värden men diagrammet har ${categories.length} etiketter: antalen måste vara lika.`,
      )
    }
    if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
      problems.push(`${name} har ett värde som inte är ett tal.`)
    }
    if (chart.type === 'donut' && values.some((v) => typeof v === 'number' && v < 0)) {
      problems.push(`${name}: ett ringdiagram kan inte visa negativa värden.`)
    }
  })
  return problems
}

/**
 * Numbers the chosen chart type cannot show, though they are sound in themselves (chartProblems
 * is empty): the app then shows them as a table, with a sentence saying why there is no chart.
 * Swedish warnings for the Studio; they do not block publishing.
 */
export function chartTypeWarnings(chart: ChartLike | null | undefined): string[] {
  if (!chart || (chart.type !== 'donut' && chart.type !== 'line') || chartProblems(chart).length > 0) return []
  const warnings: string[] = []
  const categories = chart.categories ?? []
  if (categories.length < 2) {
    warnings.push(
      chart.type === 'donut'
        ? 'Ett ringdiagram med en enda del säger inget: läsarna får se siffran i en tabell i stället. Välj stapeldiagram, eller lägg till fler etiketter.'
        : 'Ett linjediagram behöver minst två punkter: läsarna får se siffran i en tabell i stället. Välj stapeldiagram, eller lägg till fler etiketter.',
    )
  }
  if (chart.type === 'donut') {
    const values = (chart.series?.[0]?.values ?? []).filter((v): v is number => typeof v === 'number')
    if (values.length > 0 && values.reduce((sum, v) => sum + v, 0) <= 0) {
      warnings.push(
        'Alla värden i ringdiagrammet är noll, så det finns ingen helhet att dela upp: läsarna får se siffrorna i en tabell i stället. Välj stapeldiagram eller kontrollera värdena.',
      )
    }
  }
  return warnings
}

export const minReportYear = 2000
export const maxReportYear = 2100

/** A headline figure shows 0–3 decimals (the app formats it sv-SE, "6,8", "12,00 %"). */
export const minFigureDecimals = 0
export const maxFigureDecimals = 3

/**
 * Percentages beyond ±1000 % are, in an annual report, almost always a slip (a count typed
 * where the percentage belonged, or a missing decimal point).
 */
export const percentLimit = 1000

/** A unit that means "percent": "%" or the word. */
export function isPercentUnit(unit: unknown): boolean {
  return typeof unit === 'string' && ['%', 'procent'].includes(unit.trim().toLowerCase())
}

const swedishNumber = (value: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 3 }).format(value)

/** Returns a Swedish message for a percentage outside ±1000 %, or `true`. */
export function checkPercent(value: unknown, unit: unknown): true | string {
  if (!isPercentUnit(unit) || typeof value !== 'number') return true
  if (Math.abs(value) <= percentLimit) return true
  return `${swedishNumber(value)} % är inte ett rimligt procenttal (högst ±${swedishNumber(percentLimit)} %). Kontrollera talet, eller ändra enheten om det inte är procent.`
}

/** A chart's values checked against its unit (see checkPercent); empty when all are sensible. */
export function chartRangeProblems(chart: (ChartLike & { unit?: string | null }) | null | undefined): string[] {
  if (!chart || !isPercentUnit(chart.unit)) return []
  return (chart.series ?? []).flatMap((series, index) =>
    (series.values ?? [])
      .filter((value): value is number => typeof value === 'number' && Math.abs(value) > percentLimit)
      .map((value) => `${series.name?.trim() || `Serie ${index + 1}`}: ${checkPercent(value, chart.unit) as string}`),
  )
}

/** Articles are dated within the years a report may have (see minReportYear/maxReportYear). */
export const minArticleDate = `${minReportYear}-01-01`
export const maxArticleDate = `${maxReportYear + 1}-12-31`
