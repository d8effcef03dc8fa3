import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { build } from 'vite'

const outDir = mkdtempSync(join(tmpdir(), 'bundle-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

// Look like Sanity tokens ("sk" and a long random tail), set where a careless setup would put them.
const tokens = {
  SANITY_API_READ_TOKEN: `sk${'R'.repeat(40)}readtoken${'1'.repeat(40)}`,
  SANITY_AUTH_TOKEN: `sk${'A'.repeat(40)}authtoken${'2'.repeat(40)}`,
  SANITY_STUDIO_API_TOKEN: `sk${'S'.repeat(40)}studiotoken${'3'.repeat(40)}`,
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

/**
 * No API token ever reaches the browser: build the app with tokens in the environment and scan
 * every file it writes for them, and for anything shaped like a Sanity token.
 */
test('the built app holds no token, even when the build environment has some', async () => {
  const saved = { ...process.env }
  Object.assign(process.env, tokens)
  try {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env = saved
  }
  const written = files(outDir)
  expect(written.some((path) => path.endsWith('.js'))).toBe(true)
  const leaks = written.flatMap((path) => {
    const text = readFileSync(path, 'utf8')
    const found = Object.entries(tokens)
      .filter(([, token]) => text.includes(token))
      .map(([name]) => name)
    if (/\bsk[A-Za-z0-9]{60,}\b/.test(text)) found.push('something shaped like a Sanity token')
    return found.map((what) => `${path.slice(outDir.length)}: ${what}`)
  })
  expect(leaks).toEqual([])
}, 120_000)

test('the app reads no token variable at all', () => {
  const sources = files(join(process.cwd(), 'src')).filter((path) => /\.(ts|tsx)$/.test(path))
  const readers = sources.filter((path) =>
    /import\.meta\.env\.[A-Z_]*TOKEN|VITE_[A-Z_]*TOKEN/.test(readFileSync(path, 'utf8')),
  )
  expect(readers).toEqual([])
})
