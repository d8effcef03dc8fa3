/**
 * The Studio's settings, read in one place.
 *
 * The project id, dataset and API version are the app's (VITE_*, see .env.example in the root);
 * SANITY_STUDIO_* overrides them for the Studio alone. The Sanity CLI reads the root `.env`
 * (sanity.cli.ts → rootEnv.mjs) and builds the SANITY_STUDIO_* values into the Studio's bundle,
 * where they arrive on `import.meta.env`. In Node (CLI, schema tools, tests) they are on
 * `process.env`. The placeholder project id lets the schema tools run offline without one.
 */
import { defaultApiVersion } from '../model/sanityApi'

export type EnvSource = Record<string, string | boolean | undefined>

export const defaultAppUrl = 'http://localhost:5173'

const text = (value: string | boolean | undefined) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

export function readStudioEnv(env: EnvSource) {
  return {
    projectId: text(env.SANITY_STUDIO_PROJECT_ID) ?? text(env.VITE_SANITY_PROJECT_ID) ?? 'offline',
    dataset: text(env.SANITY_STUDIO_DATASET) ?? text(env.VITE_SANITY_DATASET) ?? 'production',
    apiVersion: text(env.SANITY_STUDIO_API_VERSION) ?? text(env.VITE_SANITY_API_VERSION) ?? defaultApiVersion,
    /** Where readers open the report: "Öppna i årsberättelsen" links go here. */
    appUrl: (text(env.SANITY_STUDIO_APP_URL) ?? defaultAppUrl).replace(/\/+$/, ''),
  }
}

export type StudioEnv = ReturnType<typeof readStudioEnv>

function currentEnv(): EnvSource {
  const bundled = (import.meta as { env?: EnvSource }).env
  const node = typeof process !== 'undefined' && process.env ? (process.env as EnvSource) : {}
  return { ...node, ...bundled }
}

export const studioEnv: StudioEnv = readStudioEnv(currentEnv())
