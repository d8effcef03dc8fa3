import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, test } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
// Inside the checkout, so the copy resolves packages from the root's node_modules.
const work = join(root, 'node_modules/.cache/typegen-check')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * The committed schema.json and sanity.types.ts must be what Sanity's own tools make from the
 * schema and queries today: regenerate both in a copy and compare.
 */
test('generated schema and query types are up to date (run `npm run typegen`)', () => {
  for (const path of ['sanity', 'src', 'model']) {
    cpSync(join(root, path), join(work, path), { recursive: true, filter: (from) => !from.includes('/dist') })
  }
  const sanity = join(root, 'node_modules/.bin/sanity')
  const options = { cwd: join(work, 'sanity'), env: { ...process.env, DO_NOT_TRACK: '1' }, stdio: 'pipe' as const }
  execFileSync(sanity, ['schema', 'extract', '--enforce-required-fields'], options)
  execFileSync(sanity, ['typegen', 'generate'], options)
  expect(readFileSync(join(work, 'sanity/schema.json'), 'utf8')).toBe(
    readFileSync(join(root, 'sanity/schema.json'), 'utf8'),
  )
  expect(readFileSync(join(work, 'model/sanity.types.ts'), 'utf8')).toBe(
    readFileSync(join(root, 'model/sanity.types.ts'), 'utf8'),
  )
}, 180_000)
