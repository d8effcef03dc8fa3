import { evaluate, parse } from 'groq-js'
import { createSchema, validateDocument, type SanityClient, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '../../sanity/schemaTypes'

export type Marker = {
  level: 'error' | 'warning' | 'info'
  message: string
  path: (string | number | { _key: string })[]
}

export const schema = createSchema({ name: 'default', types: schemaTypes })

/**
 * Runs Sanity's own document validation (the Studio's rules, including async custom rules) over
 * documents, with a stand-in client that answers the validators' GROQ from the given dataset.
 *
 * `studio` reports each rule at the level an editor sees (an error blocks publishing). `cli`, as
 * `sanity documents validate` does, also flags fields the schema does not know, but reports every
 * rule on an object or slug field as a warning (Sanity appends its unknown-field check with
 * `.warning()` to those rules), so it can tell whether a document is clean, not how severe a
 * problem is.
 */
export async function validateDocuments(
  documents: SanityDocument[],
  environment: 'studio' | 'cli' = 'studio',
): Promise<Map<string, Marker[]>> {
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
    // Sanity's own documents (image assets) are written by its upload, never by an editor, and
    // the Studio never validates them; they count only as what references point at.
    if (document._type.startsWith('sanity.')) continue
    const markers = await validateDocument({
      document,
      workspace,
      getClient: () => client,
      getDocumentExists: async ({ id }) => ids.has(id),
      environment,
    })
    results.set(document._id, markers as Marker[])
  }
  return results
}
