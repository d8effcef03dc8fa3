/**
 * Imports the sample dataset, with its images, into the Sanity project and dataset configured in
 * the root .env (VITE_SANITY_PROJECT_ID / VITE_SANITY_DATASET, or SANITY_STUDIO_* for the Studio
 * alone). It first writes the dataset in Sanity's export format (what `sanity dataset export`
 * writes: a .tar.gz of a folder with data.ndjson, images/ and assets.json; see exportFormat.mjs)
 * and imports that, so the images are uploaded with the documents:
 *
 *   npm run dataset:import            # = node sanity/scripts/import-dataset.mjs
 *   npm run dataset:import -- --print # only show the command it would run
 *
 * Replaces documents with the same ids (--replace). Asks you to log in to Sanity once (or set
 * SANITY_AUTH_TOKEN / --token). Extra arguments are passed on to `sanity dataset import`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadRootEnv } from '../rootEnv.mjs'
import { writeExportFolder } from './exportFormat.mjs'

const studioDir = fileURLToPath(new URL('..', import.meta.url))
const env = loadRootEnv()
const dataset = env.SANITY_STUDIO_DATASET || 'production'
const projectId = env.SANITY_STUDIO_PROJECT_ID

const args = process.argv.slice(2)
const print = args.includes('--print')
const workDir = print ? '<tmp>' : mkdtempSync(join(tmpdir(), 'arsberattelse-import-'))
const tarball = join(workDir, 'production.tar.gz')
const command = [
  'sanity',
  'dataset',
  'import',
  tarball,
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
const documents = readFileSync(join(studioDir, 'dataset', 'production.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
const written = writeExportFolder(documents, join(studioDir, 'dataset', 'images'), join(workDir, 'production'))
// The sanity CLI reads a folder as a file; a tarball (as `sanity dataset export` writes) it unpacks.
const packed = spawnSync('tar', ['-czf', tarball, '-C', workDir, 'production'], { stdio: 'inherit' })
if (packed.status !== 0) {
  console.error('Could not pack the dataset with `tar`.')
  process.exit(1)
}
console.log(`${written.documents} documents and ${written.images} images in ${tarball}`)
const result = spawnSync('npx', ['--no-install', ...command], { cwd: studioDir, stdio: 'inherit', env })
rmSync(workDir, { recursive: true, force: true })
process.exit(result.status ?? 1)
