import { assertQueryParams } from './params'
import { paramsKey, staticQueryName, type ContentFiles } from './staticQueries'
import type { ContentSource, QueryParams } from './types'

/**
 * Answers the app's queries from files the build wrote ahead (`build/contentFiles.ts`): one
 * content-hashed JSON file per year's report, per statistic's years comparison and for the
 * accessibility statement. A reader downloads the answer asked for and nothing else: no other
 * year, no dataset, no query engine. The answers are what groq-js gives over the same dataset.
 */
export function createStaticSource(
  files: ContentFiles,
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): ContentSource {
  return {
    name: 'bundled',
    perspective: 'published',
    async fetch<Result>(query: string, params: QueryParams): Promise<Result> {
      assertQueryParams(query, params)
      const name = staticQueryName(query)
      if (!name) throw new Error('The built app has no content files for this query (see staticQueries.ts).')
      const url = files[name].answers[paramsKey(params)] ?? files[name].otherwise
      if (!url) throw new Error(`The built app has no content file for the ${name} query with ${paramsKey(params)}.`)
      const response = await fetchFile(url)
      if (!response.ok) throw new Error(`Content could not be loaded (HTTP ${response.status}).`)
      return (await response.json()) as Result
    },
  }
}
