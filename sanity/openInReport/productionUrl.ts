import type { DocumentPluginOptions } from 'sanity'
import { studioEnv } from '../env'
import { isLocatable, resolveAppUrl, type LocatableDocument } from './location'

/**
 * The document's URL in the app, for the Studio's "Open preview" (Ctrl+Alt+O) in the document
 * menu. Other document types keep what came before.
 */
export const productionUrl: NonNullable<DocumentPluginOptions['productionUrl']> = async (prev, context) => {
  const document = context.document as LocatableDocument
  if (!isLocatable(document._type)) return prev
  const client = context.getClient({ apiVersion: '2025-02-19' })
  const { url } = await resolveAppUrl(
    document,
    (query, params) => client.fetch(query, params, { perspective: 'raw' }),
    studioEnv.appUrl,
  )
  return url ?? prev
}
