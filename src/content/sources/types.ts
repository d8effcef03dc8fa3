export type QueryParams = Record<string, unknown>

/** Answers GROQ queries. Both implementations answer the same queries with the same results. */
export interface ContentSource {
  readonly name: 'sanity' | 'bundled'
  fetch<Result>(query: string, params: QueryParams): Promise<Result>
}
