import type { ValidationContext } from 'sanity'
import { duplicates } from '../rules'

const apiVersion = '2025-02-19'

/**
 * Validates an array of references whose targets must have distinct slugs, because they share a
 * URL scope (areas within a report, statistics and articles within an area).
 */
export function referencedSlugsUnique(what: string) {
  return async (refs: { _ref?: string }[] | undefined, context: ValidationContext) => {
    const ids = (refs ?? []).map((r) => r._ref).filter((id): id is string => Boolean(id))
    if (ids.length < 2) return true
    const client = context.getClient({ apiVersion })
    const slugs = await client.fetch<(string | null)[]>(
      // Prefer the draft's slug: it is what the editor is about to publish.
      `$ids[]{"doc": coalesce(*[_id == "drafts." + ^][0], *[_id == ^][0])}.doc.slug.current`,
      { ids },
    )
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
