import { createClient } from '@sanity/client'
import type { ContentConfig } from '../env.ts'
import { assertQueryParams } from './params.ts'
import type { ContentSource, QueryParams } from './types.ts'

type SanityConfig = Extract<ContentConfig, { kind: 'sanity' }>

/**
 * Reads Sanity's API without a token. Readers get published content from the API CDN. An
 * editor's preview asks for drafts from the live API with the browser's own Sanity session
 * (`withCredentials`): only a logged-in editor with access gets drafts, and nothing secret is
 * ever part of the app.
 */
export function createSanitySource(config: SanityConfig): ContentSource {
  const preview = config.perspective === 'drafts'
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: !preview,
    perspective: preview ? 'drafts' : 'published',
    withCredentials: preview,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return {
    name: 'sanity',
    perspective: config.perspective,
    async fetch<Result>(query: string, params: QueryParams): Promise<Result> {
      assertQueryParams(query, params)
      return client.fetch<Result>(query, params as Record<string, never>)
    },
    ...(preview
      ? {
          // Sanity names the logged-in user (with an id) or answers an empty object.
          async hasSession() {
            const user = await client.request<{ id?: unknown } | null>({ uri: '/users/me', withCredentials: true })
            return typeof user?.id === 'string' && user.id !== ''
          },
        }
      : {}),
  }
}
