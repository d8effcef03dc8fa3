export type QueryParams = Record<string, unknown>

/** Answers GROQ queries. Both implementations answer the same queries with the same results. */
export interface ContentSource {
  readonly name: 'sanity' | 'bundled'
  /** What it shows: published content, or an editor's drafts preview. Part of every cache key. */
  readonly perspective?: 'published' | 'drafts'
  fetch<Result>(query: string, params: QueryParams): Promise<Result>
}
