import { stegaEncodeSourceMap } from '@sanity/client/stega'
import type { ContentSource, QueryParams } from '../../../src/content/sources'
import { shouldEncode } from '../../../src/content/sources/stegaFilter'
import { readDataset } from '../dataset'
import { draftsPerspective, sourceMapFor } from './studio'

/**
 * The sample content as the app gets it inside the Studio's Presentation tool: every string
 * the app's filter lets through carries Sanity's stega source map (encoded by Sanity's own
 * `stegaEncodeSourceMap`, from a source map like the API's).
 */
export function stegaSource(clean: ContentSource): ContentSource {
  const documents = draftsPerspective(readDataset())
  return {
    name: clean.name,
    perspective: clean.perspective,
    async fetch<Result>(query: string, params: QueryParams) {
      const result = await clean.fetch<Result>(query, params)
      return stegaEncodeSourceMap(result, sourceMapFor(result, documents), {
        enabled: true,
        studioUrl: 'https://studio.example.se',
        filter: (props) => shouldEncode(props),
      })
    },
  }
}
