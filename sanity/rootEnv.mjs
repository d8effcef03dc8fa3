/**
 * Reads the checkout's root `.env` (the app's settings, see .env.example) for the Studio and the
 * Sanity CLI, so the project id and dataset are written down once.
 *
 * Node only: sanity.cli.ts and scripts/import-dataset.mjs call it; the Studio's browser bundle
 * receives the result as SANITY_STUDIO_* variables (the CLI builds them into the bundle).
 * Plain JavaScript (typed by rootEnv.d.mts) so that a plain `node` script can use it too.
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'

/** The root `.env`, next to package.json. */
export const rootEnvPath = new URL('../.env', import.meta.url)

/** Which app variable fills which Studio variable when the Studio's own is empty. */
export const studioFallbacks = {
  SANITY_STUDIO_PROJECT_ID: 'VITE_SANITY_PROJECT_ID',
  SANITY_STUDIO_DATASET: 'VITE_SANITY_DATASET',
  SANITY_STUDIO_API_VERSION: 'VITE_SANITY_API_VERSION',
}

const isSet = (value) => typeof value === 'string' && value.trim() !== ''

/**
 * Adds the variables of `file` (when it exists) to `env` without overriding any that is already
 * set there and not empty (the shell wins over the file, as with `node --env-file`), then gives
 * every empty SANITY_STUDIO_* setting its app (VITE_*) counterpart. Returns `env`.
 *
 * @param {string | URL} file
 * @param {Record<string, string | undefined>} env
 */
export function loadRootEnv(file = rootEnvPath, env = process.env) {
  if (existsSync(file)) {
    for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
      if (!isSet(env[name]) && value !== undefined) env[name] = value
    }
  }
  for (const [studio, app] of Object.entries(studioFallbacks)) {
    if (!isSet(env[studio]) && isSet(env[app])) env[studio] = env[app]
  }
  return env
}
