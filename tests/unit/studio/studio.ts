import { evaluate, parse } from 'groq-js'
import { from, type Observable } from 'rxjs'
import { createSourceFromConfig, type CurrentUser, type SanityClient, type SanityDocument, type Source } from 'sanity'
import { createStructureBuilder, type StructureResolverContext } from 'sanity/structure'
import config from '../../../sanity/sanity.config'
import { readDataset } from '../../support/dataset'

/** Shared by the Studio tests: the sample dataset, and the real Studio config resolved offline. */

export const sampleDocuments = () => structuredClone(readDataset()) as unknown as SanityDocument[]

/** GROQ over documents with groq-js, as the Studio's client would answer it (raw perspective). */
export function groqFetch(documents: readonly object[]) {
  return async <T>(query: string, params: Record<string, unknown> = {}): Promise<T> =>
    (await evaluate(parse(query, { params }), { dataset: documents, params })).get() as Promise<T>
}

/** A stand-in client: enough for what the config, structure and validators ask of it. */
export function standInClient(documents: readonly object[]): SanityClient {
  const fetch = groqFetch(documents)
  const client = {
    fetch: (query: string, params?: Record<string, unknown>) => fetch(query, params),
    withConfig: () => client,
    config: () => ({
      apiVersion: '2025-02-19',
      projectId: 'offline',
      dataset: 'production',
      url: 'http://127.0.0.1:9/v2025-02-19',
    }),
  }
  return client as unknown as SanityClient
}

const editor: CurrentUser = {
  id: 'editor',
  name: 'Redaktör',
  email: 'redaktor@example.se',
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor' }],
}

/** The Studio's own config (plugins, templates, actions, locale) resolved by Sanity, offline. */
export async function studioSource(documents: readonly object[] = sampleDocuments()): Promise<Source> {
  const client = standInClient(documents)
  return createSourceFromConfig({ ...config, currentUser: editor, getClient: () => client })
}

/** The structure resolver's context: the source plus a document store answering listenQuery. */
export function structureContext(source: Source, documents: readonly object[]): StructureResolverContext {
  const fetch = groqFetch(documents)
  const documentStore = {
    listenQuery: (
      query: string | { fetch: string; listen: string },
      params: Record<string, unknown>,
    ): Observable<unknown> => from(fetch(typeof query === 'string' ? query : query.fetch, params)),
  }
  return { ...source, documentStore, perspectiveStack: [] } as unknown as StructureResolverContext
}

export function structureBuilder(source: Source) {
  return createStructureBuilder({ source, perspectiveStack: [] })
}
