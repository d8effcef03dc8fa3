import { accessibilityStatementQuery, reportQuery, statisticAcrossYearsQuery } from '../queries.ts'
import type { QueryParams } from './types.ts'

/**
 * The queries the app asks its content source, by a short name: with the bundled dataset, a
 * production build answers each of them ahead, as static files (see `build/contentFiles.ts`
 * and `static.ts`). A query the app asks must be listed here, or the built app cannot answer it.
 */
export const staticQueries = {
  report: reportQuery,
  statisticAcrossYears: statisticAcrossYearsQuery,
  accessibilityStatement: accessibilityStatementQuery,
} as const

export type StaticQueryName = keyof typeof staticQueries

/** Where the answers to one query are: a file per set of parameters, and the answer to any other. */
export interface StaticQueryFiles {
  /** By `paramsKey(params)`: the file's URL. */
  answers: Record<string, string>
  /** The answer to parameters that match no document (a year or key the content does not have). */
  otherwise: string | null
}

export type ContentFiles = Record<StaticQueryName, StaticQueryFiles>

/** The same parameters give the same key, whatever their order. */
export function paramsKey(params: QueryParams): string {
  return JSON.stringify(Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
}

/** The name of a query the app asks, or undefined. */
export function staticQueryName(query: string): StaticQueryName | undefined {
  return (Object.keys(staticQueries) as StaticQueryName[]).find((name) => staticQueries[name] === query)
}
