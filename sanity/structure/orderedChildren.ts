import { defineQuery } from 'groq'
import type { AreaChildrenQueryResult, ReportChildrenQueryResult } from '../../model/sanity.types'

/**
 * The ordered child lists of the desk structure: a report's areas, an area's statistics and
 * articles, in the order of the parent's reference arrays (the reader's order).
 *
 * GROQ cannot sort documents by their position in another document's array (there is no
 * `order(indexOf(...))`), so a `S.documentList().filter('_id in $ids')` would lose the order.
 * Instead one query reads the parent's reference array itself, which GROQ returns in array order,
 * and the structure builds one document list item per id, in that order. The parent is read as
 * the editor sees it: its draft when there is one, otherwise the published document.
 *
 * No `sanity` import: the queries and helpers are tested with groq-js over the sample dataset.
 */

/** Listened to by the Studio (a listener needs a plain filter): the parent, draft or published. */
export const parentFilter = /* groq */ `*[_id in [$id, "drafts." + $id]]`

/** The parent as the editor sees it: its draft if it has one, otherwise the published document. */
const parent = /* groq */ `coalesce(*[_id == "drafts." + $id][0], *[_id == $id][0])`

export const reportChildrenQuery = defineQuery(`${parent}{
  "title": coalesce(title, "Årsberättelse " + string(year)),
  "areas": areas[]._ref
}`)

export const areaChildrenQuery = defineQuery(`${parent}{
  title,
  "statistics": statistics[]._ref,
  "articles": articles[]._ref
}`)

export type ReportChildren = NonNullable<ReportChildrenQueryResult>
export type AreaChildren = NonNullable<AreaChildrenQueryResult>

/**
 * The ids of a reference array, in order, each once (a repeated reference is a validation error
 * on the parent; the list shows the document once), without empty references.
 */
export function orderedIds(refs: readonly (string | null | undefined)[] | null | undefined): string[] {
  const ids: string[] = []
  for (const id of refs ?? []) {
    if (typeof id === 'string' && id !== '' && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/** The published id of any document id (drafts and release versions included). */
export function publishedId(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  if (id.startsWith('versions.')) return id.split('.').slice(2).join('.')
  return id
}
