import { defineQuery } from 'groq'
import type { AreaLocationQueryResult } from '../../model/sanity.types'
import { PREVIEW_PARAM, paths } from '../../model/urls'
import { publishedId } from '../structure/orderedChildren'

/**
 * Where a document is read in the app ("Öppna i årsberättelsen", the document's production URL,
 * the area shown in previews). Pure functions plus one GROQ lookup; no `sanity` import.
 *
 * A statistic or an article has no year or area of its own: the area that lists it gives the
 * area's slug, and the report that lists that area gives the year. The lookup reads drafts as
 * well as published documents and prefers what the editor sees (a draft over its published
 * version), so a new year's drafts get links too. The links open the app's drafts preview, where
 * an editor logged in to Sanity sees unpublished changes (readers never do).
 */
export const areaLocationQuery = defineQuery(`*[_type == "area" && (
  _id in [$id, "drafts." + $id] || $id in statistics[]._ref || $id in articles[]._ref
)]{
  "self": _id in [$id, "drafts." + $id],
  "draft": _id in path("drafts.**"),
  title,
  icon,
  "slug": slug.current,
  "year": *[_type == "report" && string::split(^._id, "drafts.")[-1] in areas[]._ref]
    | order(_id in path("drafts.**") desc, year desc)[0].year
} | order(self desc, year desc, draft desc)[0]{title, icon, slug, year}`)

/**
 * The area that lists a document (or the area itself) and the year of the report listing it;
 * any part may be missing (a new draft, a half-filled document).
 */
export type AreaLocation = Partial<NonNullable<AreaLocationQueryResult>>

/** What the lookup needs of the document itself: its type, and its own slug or year. */
export interface LocatableDocument {
  _id: string
  _type: string
  year?: unknown
  slug?: { current?: unknown } | null
}

export const locatableTypes = ['report', 'area', 'statistic', 'article'] as const

export function isLocatable(type: string): boolean {
  return (locatableTypes as readonly string[]).includes(type)
}

/** Does the URL need the area lookup? A report's URL is its own year. */
export function needsAreaLookup(document: Pick<LocatableDocument, '_type'>): boolean {
  return isLocatable(document._type) && document._type !== 'report'
}

const validYear = (year: unknown): year is number => typeof year === 'number' && Number.isInteger(year)
const validSlug = (slug: unknown): slug is string => typeof slug === 'string' && slug !== ''

/**
 * The app path of a report, area, statistic or article, or null when it has none yet (no year,
 * no slug, or not listed by any area or report). Paths come from the app's own URL builders.
 */
export function appPath(document: LocatableDocument, area: AreaLocation | null | undefined): string | null {
  const slug = document.slug?.current
  switch (document._type) {
    case 'report':
      return validYear(document.year) ? paths.report(document.year) : null
    case 'area':
      return validYear(area?.year) && validSlug(slug) ? paths.area(area.year, slug) : null
    case 'statistic':
      return validYear(area?.year) && validSlug(area?.slug) && validSlug(slug)
        ? paths.statistic(area.year, area.slug, slug)
        : null
    case 'article':
      return validYear(area?.year) && validSlug(area?.slug) && validSlug(slug)
        ? paths.article(area.year, area.slug, slug)
        : null
    default:
      return null
  }
}

/** The app's base URL (no trailing slash needed) joined with an app path, in the drafts preview. */
export function appUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}?${PREVIEW_PARAM}`
}

/** Why a document has no URL yet, for the disabled action's title (Swedish). */
export function missingUrlReason(document: LocatableDocument, area: AreaLocation | null | undefined): string {
  const slug = document.slug?.current
  switch (document._type) {
    case 'report':
      return 'Ange årtalet först.'
    case 'area':
      if (!validSlug(slug)) return 'Ange en slug först.'
      return 'Området finns inte i någon årsberättelse ännu.'
    case 'statistic':
    case 'article': {
      const what = document._type === 'statistic' ? 'Statistiken' : 'Artikeln'
      if (!validSlug(slug)) return 'Ange en slug först.'
      if (!area) return `${what} finns inte i något område ännu.`
      if (!validSlug(area.slug)) return 'Området saknar slug.'
      return 'Området finns inte i någon årsberättelse ännu.'
    }
    default:
      return 'Den här sortens dokument har ingen egen sida i årsberättelsen.'
  }
}

export type Fetch = <T>(query: string, params: Record<string, unknown>) => Promise<T>

/**
 * Resolves a document's URL in the app: the area lookup (when needed) and then the pure path.
 * Returns the URL, or null with the reason why there is none yet.
 */
export async function resolveAppUrl(
  document: LocatableDocument,
  fetch: Fetch,
  baseUrl: string,
): Promise<{ url: string; reason?: undefined } | { url: null; reason: string }> {
  const area = needsAreaLookup(document)
    ? await fetch<AreaLocation | null>(areaLocationQuery, { id: publishedId(document._id) })
    : null
  const path = appPath(document, area)
  return path ? { url: appUrl(baseUrl, path) } : { url: null, reason: missingUrlReason(document, area) }
}
