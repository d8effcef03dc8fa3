import { defineQuery } from 'groq'
import type { DocumentLocationsQueryResult } from '../../model/sanity.types'
import {
  ACCESSIBILITY_STATEMENT_PATH,
  ARTICLES_SEGMENT,
  EMBED_SEGMENT,
  PLAIN_LANGUAGE_SEGMENT,
  paths,
} from '../../model/urls'

/**
 * Where a document is read in the app, for the Presentation tool's "used on these pages" list
 * (`resolve.locations`). Pure functions plus one GROQ query; no `sanity` import, so the list is
 * tested without a Studio.
 *
 * The query runs in the editor's perspective (drafts over published), so a new year's drafts
 * are located too. A statistic or an article has no year or area of its own: every area that
 * lists it gives a place, and every report that lists that area gives the year.
 */
export const documentLocationsQuery = defineQuery(`{
  "document": *[_id == $id][0]{_type, title, year, "slug": slug.current},
  "areas": *[_type == "area" && (_id == $id || $id in statistics[]._ref || $id in articles[]._ref)]{
    _id,
    title,
    "slug": slug.current,
    "plainLanguage": defined(plainLanguage),
    "hasArticles": count(articles) > 0,
    "leadsWith": statistics[0]._ref == $id,
    "years": *[_type == "report" && ^._id in areas[]._ref && defined(year)].year
  }
}`)

/** One page the document appears on. */
export interface Location {
  title: string
  href: string
}

/** What the Presentation tool shows: the pages, or a message why there are none. */
export interface LocationsState {
  locations?: Location[]
  message?: string
  tone?: 'positive' | 'caution' | 'critical'
}

export type LocationsData = DocumentLocationsQueryResult

/** Types shown on every page (interface labels, help, the notice, the footer). */
export const everyPageTypes = ['siteTexts', 'navigationHelp', 'browserNotice', 'siteFooter'] as const

const validYear = (year: unknown): year is number => typeof year === 'number' && Number.isInteger(year)
const validSlug = (slug: unknown): slug is string => typeof slug === 'string' && slug !== ''
const named = (value: unknown, fallback: string) => (typeof value === 'string' && value.trim() ? value : fallback)

/** Newest year first, each year once. */
const yearsOf = (years: readonly unknown[] | null | undefined) =>
  [...new Set((years ?? []).filter(validYear))].sort((a, b) => b - a)

/**
 * The pages a document of `type` appears on, from the query's answer. Every href is an app
 * path built with the app's own URL builders (the Presentation tool adds the app's origin).
 */
export function documentLocations(type: string, data: LocationsData | null | undefined): LocationsState | null {
  if ((everyPageTypes as readonly string[]).includes(type)) {
    return {
      message: 'Visas på varje sida i årsberättelsen.',
      tone: 'positive',
      locations: [{ title: 'Senaste årsberättelsen', href: paths.latest() }],
    }
  }
  if (type === 'accessibilityStatement') {
    return { locations: [{ title: 'Tillgänglighetsredogörelse', href: paths.accessibilityStatement() }] }
  }
  const document = data?.document
  const areas = data?.areas ?? []
  const slug = document?.slug
  const locations: Location[] = []
  switch (type) {
    case 'report':
      if (!document || !validYear(document.year)) return { message: 'Ange årtalet först.', tone: 'caution' }
      locations.push({ title: `Årsberättelse ${document.year}`, href: paths.report(document.year) })
      break
    case 'area':
      for (const area of areas) {
        if (!validSlug(area.slug)) continue
        const title = named(area.title, area.slug)
        for (const year of yearsOf(area.years)) {
          locations.push({ title: `${title} (${year})`, href: paths.area(year, area.slug) })
          if (area.hasArticles) {
            locations.push({ title: `${title}: artiklar (${year})`, href: paths.articles(year, area.slug) })
          }
          if (area.plainLanguage) {
            locations.push({ title: `${title}: lättläst (${year})`, href: paths.plainLanguage(year, area.slug) })
          }
        }
      }
      break
    case 'statistic':
      if (!validSlug(slug)) return { message: 'Ange en slug först.', tone: 'caution' }
      for (const area of areas) {
        if (!validSlug(area.slug)) continue
        const title = named(document?.title, slug)
        for (const year of yearsOf(area.years)) {
          // The area's foreground statistic is also what the area's own page opens on.
          if (area.leadsWith) {
            locations.push({ title: `${named(area.title, area.slug)} (${year})`, href: paths.area(year, area.slug) })
          }
          locations.push({ title: `${title} (${year})`, href: paths.statistic(year, area.slug, slug) })
          locations.push({ title: `${title}: inbäddning (${year})`, href: paths.embed(year, area.slug, slug) })
        }
      }
      break
    case 'article':
      if (!validSlug(slug)) return { message: 'Ange en slug först.', tone: 'caution' }
      for (const area of areas) {
        if (!validSlug(area.slug)) continue
        for (const year of yearsOf(area.years)) {
          locations.push({
            title: `${named(document?.title, slug)} (${year})`,
            href: paths.article(year, area.slug, slug),
          })
          locations.push({
            title: `${named(area.title, area.slug)}: artiklar (${year})`,
            href: paths.articles(year, area.slug),
          })
        }
      }
      break
    default:
      return null
  }
  if (locations.length === 0) {
    return { message: 'Dokumentet finns inte på någon sida i årsberättelsen ännu.', tone: 'caution' }
  }
  return { locations }
}

/** An app route (path-to-regexp, as the Presentation tool matches them) and the document it is about. */
export interface MainDocumentRoute {
  route: string
  filter: string
}

const year = ':year(\\d{4})'
/** The ids of the areas the route's year lists. */
const areasOfYear = `*[_type == "report" && string(year) == $year].areas[]._ref`
/** The route's area in the route's year. */
const routeArea = `*[_type == "area" && slug.current == $area && _id in ${areasOfYear}]`

/**
 * The document each page of the app is about, most specific route first (the tool takes the
 * first that matches; it asks for `*[filter][0]`). Route parameters arrive as strings, hence
 * `string(year)`.
 */
export const mainDocuments: MainDocumentRoute[] = [
  { route: ACCESSIBILITY_STATEMENT_PATH, filter: `_type == "accessibilityStatement"` },
  {
    route: `/${year}/:area/${ARTICLES_SEGMENT}/:article`,
    filter: `_type == "article" && slug.current == $article && _id in ${routeArea}.articles[]._ref`,
  },
  {
    route: `/${year}/:area/:statistic/${EMBED_SEGMENT}`,
    filter: `_type == "statistic" && slug.current == $statistic && _id in ${routeArea}.statistics[]._ref`,
  },
  {
    route: `/${year}/:area/${PLAIN_LANGUAGE_SEGMENT}`,
    filter: `_type == "area" && slug.current == $area && _id in ${areasOfYear}`,
  },
  {
    route: `/${year}/:area/${ARTICLES_SEGMENT}`,
    filter: `_type == "area" && slug.current == $area && _id in ${areasOfYear}`,
  },
  {
    route: `/${year}/:area/:statistic`,
    filter: `_type == "statistic" && slug.current == $statistic && _id in ${routeArea}.statistics[]._ref`,
  },
  { route: `/${year}/:area`, filter: `_type == "area" && slug.current == $area && _id in ${areasOfYear}` },
  { route: `/${year}`, filter: `_type == "report" && string(year) == $year` },
]
