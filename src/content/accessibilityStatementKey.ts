import type { ContentSource } from './sources'
import { contentKey } from './sources/types'

/**
 * The statement's cache key, apart from its query (statement.ts): the route loader needs the key
 * on every page, the query and its page only on /tillganglighet, so they load with that page.
 */
export const accessibilityStatementKey = (perspective: ContentSource['perspective']) =>
  contentKey(['accessibilityStatement'] as const, perspective)
