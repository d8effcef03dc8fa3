import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument, type SanityClient, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '../../sanity/schemaTypes'

export type Marker = { level: 'error' | 'warning' | 'info'; message: string; path: (string | number | { _key: string })[] }

export const schema = createSchema({ name: 'default', types: schemaTypes })

/**
 * Runs Sanity's own document validation (the Studio's rules, including async custom rules) over
 * documents, with a stand-in client that answers the validators' GROQ from the given dataset.
 */
export async function validateDocuments(documents: SanityDocument[]): Promise<Map<string, Marker[]>> {
  const ids = new Set(documents.map((doc) => doc._id))
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}) =>
      (await evaluate(parse(query, { params }), { dataset: documents, params })).get(),
    withConfig: () => client,
    config: () => ({ apiVersion: '2025-02-19', projectId: 'offline', dataset: 'production' }),
  } as unknown as SanityClient // a stand-in: custom validators only call fetch()
  const workspace = { schema, getClient: () => client } as unknown as Workspace // validateDocument reads schema, i18n and getClient only
  const results = new Map<string, Marker[]>()
  for (const document of documents) {
    const markers = await validateDocument({
      document,
      workspace,
      getClient: () => client,
      getDocumentExists: async ({ id }) => ids.has(id),
      environment: 'cli',
    })
    results.set(document._id, markers as Marker[])
  }
  return results
}
