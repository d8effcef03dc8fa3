/**
 * Imports the sample dataset into the Sanity project and dataset configured in the root .env
 * (VITE_SANITY_PROJECT_ID / VITE_SANITY_DATASET, or SANITY_STUDIO_* for the Studio alone):
 *
 *   npm run dataset:import            # = node sanity/scripts/import-dataset.mjs
 *   npm run dataset:import -- --print # only show the command it would run
 *
 * Replaces documents with the same ids (--replace). Asks you to log in to Sanity once (or set
 * SANITY_AUTH_TOKEN / --token). Extra arguments are passed on to `sanity dataset import`.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { loadRootEnv } from '../rootEnv.mjs'

const studioDir = fileURLToPath(new URL('..', import.meta.url))
const env = loadRootEnv()
const dataset = env.SANITY_STUDIO_DATASET || 'production'
const projectId = env.SANITY_STUDIO_PROJECT_ID

const args = process.argv.slice(2)
const print = args.includes('--print')
const command = [
  'sanity',
  'dataset',
  'import',
  'dataset/production.ndjson',
  '--dataset',
  dataset,
  '--replace',
  ...args.filter((arg) => arg !== '--print'),
]

if (print) {
  console.log(`cd sanity && ${command.join(' ')}  # project ${projectId || '(none set)'}`)
  process.exit(0)
}
if (!projectId) {
  console.error('No Sanity project id: set VITE_SANITY_PROJECT_ID in .env (see .env.example).')
  process.exit(1)
}
const result = spawnSync('npx', ['--no-install', ...command], { cwd: studioDir, stdio: 'inherit', env })
process.exit(result.status ?? 1)
