import { createClient } from '@sanity/client'
import type { ContentConfig } from '../env.ts'
import { assertQueryParams } from './params.ts'
import type { ContentSource, QueryParams } from './types.ts'

type SanityConfig = Extract<ContentConfig, { kind: 'sanity' }>

/** Reads published content from Sanity's API CDN. No token: readers only see published content. */
export function createSanitySource(config: SanityConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: true,
    perspective: 'published',
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return {
    name: 'sanity',
    async fetch<Result>(query: string, params: QueryParams): Promise<Result> {
      assertQueryParams(query, params)
      return client.fetch<Result>(query, params as Record<string, never>)
    },
  }
}
