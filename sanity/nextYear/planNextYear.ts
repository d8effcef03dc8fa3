import { defineQuery } from 'groq'
import type { ReportForYearQueryResult, TakenIdsQueryResult } from '../../model/sanity.types'
import type { Fetch } from '../openInReport/location'
import { publishedId } from '../structure/orderedChildren'
import { nextYearDrafts, type NewDocument, type SourceDocument } from './nextYearDrafts'

/**
 * The lookups around nextYearDrafts: is next year free, the report's areas and statistics (drafts
 * preferred), and which of the new ids are already taken. Written against a plain `fetch` so it
 * runs on the Studio's client and, in the tests, on groq-js over the sample dataset. The client
 * reads the raw perspective (drafts included): a draft report for next year counts as existing.
 */
export const reportForYearQuery = defineQuery(`count(*[_type == "report" && year == $year]) > 0`)
// Any document, copied field by field: read as the loose SourceDocument, not a generated type.
const documentsQuery = /* groq */ `*[_id in $ids]`
const takenIdsQuery = defineQuery(`*[_id in $ids]._id`)

/** Swedish reasons the action is not available, shown as its (disabled) title. */
export const refusals = {
  noYear: 'Ange årsberättelsens år först.',
  exists: (year: number) => `Det finns redan en årsberättelse för ${year}.`,
  noAreas: 'Årsberättelsen har inga områden att ta med till nästa år.',
}

const withDrafts = (ids: readonly string[]) => ids.flatMap((id) => [id, `drafts.${id}`])
const refs = (docs: readonly SourceDocument[], field: string) =>
  docs
    .flatMap((doc) => (Array.isArray(doc[field]) ? (doc[field] as { _ref?: unknown }[]) : []))
    .map((ref) => ref._ref)
    .filter((id): id is string => typeof id === 'string')

export type NextYearPlan = { year: number; documents: NewDocument[] } | { refused: string }

export async function planNextYear(report: SourceDocument, fetch: Fetch): Promise<NextYearPlan> {
  if (typeof report.year !== 'number' || !Number.isInteger(report.year)) return { refused: refusals.noYear }
  const year = report.year + 1
  if (await fetch<ReportForYearQueryResult>(reportForYearQuery, { year })) return { refused: refusals.exists(year) }

  const areas = await fetch<SourceDocument[]>(documentsQuery, { ids: withDrafts(refs([report], 'areas')) })
  if (areas.length === 0) return { refused: refusals.noAreas }
  const statistics = await fetch<SourceDocument[]>(documentsQuery, { ids: withDrafts(refs(areas, 'statistics')) })

  // New ids follow the old ones' pattern (report-2020, area-2020-kultur, …); any already in use
  // (say, a statistic made by hand for the new year) get a number added.
  let takenIds: string[] = []
  for (let attempt = 0; attempt < 5; attempt++) {
    const documents = nextYearDrafts(report, areas, statistics, { takenIds })
    const clashes = await fetch<TakenIdsQueryResult>(takenIdsQuery, {
      ids: withDrafts(documents.map((doc) => publishedId(doc._id))),
    })
    if (clashes.length === 0) return { year, documents }
    takenIds = [...takenIds, ...clashes]
  }
  throw new Error('Kunde inte hitta lediga id:n för nästa års dokument.')
}
