import { defaultApiVersion } from '../../model/sanityApi.ts'

/**
 * Where content comes from, read from the environment in one place.
 * With VITE_SANITY_PROJECT_ID set, the app reads Sanity's API; without it, the bundled dataset.
 * Only public settings live here: the app never holds a token (see README, "Security").
 */
export type ContentConfig =
  | { kind: 'bundled' }
  | {
      kind: 'sanity'
      projectId: string
      dataset: string
      apiVersion: string
      apiHost?: string
      /** 'drafts' only for an editor's preview, authorised by their own Sanity session. */
      perspective: 'published' | 'drafts'
    }

const projectIdPattern = /^[a-z0-9-]+$/
const datasetPattern = /^[a-z0-9][a-z0-9_-]{0,63}$/
const apiVersionPattern = /^(\d{4}-\d{2}-\d{2}|1|X)$/

export function readContentConfig(
  env: Record<string, string | boolean | undefined>,
  { preview = false }: { preview?: boolean } = {},
): ContentConfig {
  const projectId = stringOrUndefined(env.VITE_SANITY_PROJECT_ID)
  if (!projectId) return { kind: 'bundled' }
  const dataset = stringOrUndefined(env.VITE_SANITY_DATASET) ?? 'production'
  const apiVersion = stringOrUndefined(env.VITE_SANITY_API_VERSION) ?? defaultApiVersion
  const apiHost = stringOrUndefined(env.VITE_SANITY_API_HOST)
  if (!projectIdPattern.test(projectId)) {
    throw new Error(`VITE_SANITY_PROJECT_ID "${projectId}" is not a Sanity project id (a–z, 0–9 and -).`)
  }
  if (!datasetPattern.test(dataset)) throw new Error(`VITE_SANITY_DATASET "${dataset}" is not a dataset name.`)
  if (!apiVersionPattern.test(apiVersion)) {
    throw new Error(`VITE_SANITY_API_VERSION "${apiVersion}" must be a date such as ${defaultApiVersion}.`)
  }
  return {
    kind: 'sanity',
    projectId,
    dataset,
    apiVersion,
    perspective: preview ? 'drafts' : 'published',
    ...(apiHost ? { apiHost } : {}),
  }
}

function stringOrUndefined(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}
