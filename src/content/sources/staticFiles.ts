import contentFiles from 'virtual:arsberattelse/content-files'
import { createStaticSource } from './static'
import type { ContentSource } from './types'

/** The static source over the files this build wrote (see build/contentFiles.ts). */
export function createBuiltStaticSource(): ContentSource {
  if (!contentFiles) throw new Error('This build wrote no content files (it reads Sanity).')
  return createStaticSource(contentFiles)
}
