import { checkSlug, duplicates } from '../../../model/rules'
import { defineQuery } from 'groq'
import type { SlugValue, ValidationContext } from 'sanity'
import { defaultApiVersion as apiVersion } from '../../../model/sanityApi'
import type { SiblingSlugsQueryResult, SlugTakenAmongSiblingsQueryResult } from '../../../model/sanity.types'

/** The slugs of the referenced documents, drafts included. */
const siblingSlugsQuery = defineQuery(`*[_id in $ids]{_id, "slug": slug.current}`)

/** How many other documents of the type, listed beside this one, have the slug. */
const slugTakenAmongSiblingsQuery = defineQuery(`count(*[
  _type == $type && slug.current == $slug && !(_id in [$id, "drafts." + $id]) &&
  _id in *[references($id) || references("drafts." + $id)]{
    "siblings": coalesce(areas, []) + coalesce(statistics, []) + coalesce(articles, [])
  }.siblings[]._ref
])`)

/**
 * Validates an array of references whose targets must have distinct slugs, because they share a
 * URL scope (areas within a report, statistics and articles within an area).
 */
export function referencedSlugsUnique(what: string) {
  return async (refs: { _ref?: string }[] | undefined, context: ValidationContext) => {
    const ids = (refs ?? []).map((r) => r._ref).filter((id): id is string => Boolean(id))
    if (ids.length < 2) return true
    const found = await context.getClient({ apiVersion }).fetch<SiblingSlugsQueryResult>(siblingSlugsQuery, {
      ids: ids.flatMap((id) => [id, `drafts.${id}`]),
    })
    // Prefer the draft's slug: it is what the editor is about to publish.
    const slugOf = new Map(found.map((doc) => [doc._id, doc.slug]))
    const slugs = ids.map((id) => slugOf.get(`drafts.${id}`) ?? slugOf.get(id) ?? null)
    const repeated = duplicates(slugs)
    return repeated.length === 0
      ? true
      : `Två ${what} har samma slug (${repeated.join(', ')}): adresserna skulle krocka. Ändra slug på den ena.`
  }
}

/** No two entries in the same array may point to the same document. */
export function noRepeatedReferences(refs: { _ref?: string }[] | undefined): true | string {
  const repeated = duplicates((refs ?? []).map((r) => r._ref))
  return repeated.length === 0 ? true : 'Samma dokument finns två gånger i listan.'
}

/**
 * The slug rule: a URL-safe slug, unique among its siblings only (areas of the same report,
 * statistics or articles of the same area). The same slug in another year is intended, so
 * URLs stay alike from year to year.
 */
export async function validSlugAmongSiblings(slug: SlugValue | undefined, context: ValidationContext) {
  const format = checkSlug(slug?.current)
  if (format !== true) return format
  const id = context.document?._id.replace(/^drafts\./, '')
  if (!id) return true
  const taken = await context
    .getClient({ apiVersion })
    .fetch<SlugTakenAmongSiblingsQueryResult>(slugTakenAmongSiblingsQuery, {
      type: context.document?._type ?? '',
      slug: slug?.current ?? '',
      id,
    })
  return taken === 0 ? true : `”${slug?.current}” används redan av ett annat dokument på samma ställe i årsberättelsen.`
}

/** Sanity's own check is global per type; ours (above, scoped to siblings) replaces it. */
export const uniquenessCheckedByRule = () => true
