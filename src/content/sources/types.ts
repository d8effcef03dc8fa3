export type QueryParams = Record<string, unknown>

/** Answers GROQ queries. Both implementations answer the same queries with the same results. */
export interface ContentSource {
  readonly name: 'sanity' | 'bundled'
  /** What it shows: published content, or an editor's drafts preview. Part of every cache key. */
  readonly perspective?: 'published' | 'drafts'
  fetch<Result>(query: string, params: QueryParams): Promise<Result>
  /**
   * In an editor's drafts preview (`?forhandsvisning`): did the browser send the editor's Sanity
   * session? Browsers that block third-party cookies (Safari, Firefox, Chrome's private
   * windows) do not, and then Sanity answers with published content only.
   */
  hasSession?(): Promise<boolean>
}

/**
 * A cache key for content from `perspective`: drafts are kept apart from published content, so
 * a preview never shows in a reader's cache (or prerendered state) and the other way round.
 */
export function contentKey<const Parts extends readonly unknown[]>(
  parts: Parts,
  perspective: ContentSource['perspective'] = 'published',
): Parts | readonly [...Parts, 'drafts'] {
  return perspective === 'drafts' ? ([...parts, 'drafts'] as const) : parts
}
