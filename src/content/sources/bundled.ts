import { evaluate, parse } from 'groq-js'
import { assertQueryParams } from './params.ts'
import type { ContentSource, QueryParams } from './types.ts'

export type SanityDocumentLike = { _id: string; _type: string; [field: string]: unknown }

/** Parses Sanity's export format (one JSON document per line). */
export function parseNdjson(text: string): SanityDocumentLike[] {
  const documents: SanityDocumentLike[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new Error(`Dataset line ${index + 1} is not valid JSON: ${(error as Error).message}`)
    }
    if (!isDocument(value)) throw new Error(`Dataset line ${index + 1} is not a document (needs _id and _type).`)
    documents.push(value)
  })
  return documents
}

function isDocument(value: unknown): value is SanityDocumentLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { _id?: unknown })._id === 'string' &&
    typeof (value as { _type?: unknown })._type === 'string'
  )
}

/** Drafts and release versions are invisible to readers, as with Sanity's published perspective. */
export function publishedDocuments(documents: SanityDocumentLike[]): SanityDocumentLike[] {
  return documents.filter((doc) => !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.'))
}

/**
 * Answers GROQ with groq-js over an exported dataset, loaded once on first use.
 * `loadDataset` returns the NDJSON text, so the dataset can be a lazily loaded chunk.
 */
export function createBundledSource(loadDataset: () => Promise<string>): ContentSource {
  let dataset: Promise<SanityDocumentLike[]> | undefined
  const documents = () => {
    dataset ??= loadDataset()
      .then((text) => publishedDocuments(parseNdjson(text)))
      .catch((error: unknown) => {
        dataset = undefined // let a retry load it again
        throw error
      })
    return dataset
  }
  return {
    name: 'bundled',
    async fetch<Result>(query: string, params: QueryParams): Promise<Result> {
      assertQueryParams(query, params)
      const tree = parse(query, { params })
      const value = await evaluate(tree, { dataset: await documents(), params })
      return (await value.get()) as Result
    },
  }
}
