import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { readStudioEnv } from '../../../sanity/env'
import { loadRootEnv, rootEnvPath } from '../../../sanity/rootEnv.mjs'

const dir = mkdtempSync(join(tmpdir(), 'studio-env-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function envFile(text: string) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.env`)
  writeFileSync(path, text)
  return path
}

describe('the Studio reads the app’s settings from the root .env', () => {
  test('the file is the checkout’s root .env', () => {
    expect(rootEnvPath.pathname).toBe(join(process.cwd(), '.env'))
  })

  test('the app’s project and dataset become the Studio’s, SANITY_STUDIO_* overriding them', () => {
    const file = envFile('VITE_SANITY_PROJECT_ID=abc123\nVITE_SANITY_DATASET=staging\nSANITY_STUDIO_PROJECT_ID=\n')
    const env = loadRootEnv(file, {})
    expect(readStudioEnv(env)).toMatchObject({ projectId: 'abc123', dataset: 'staging' })
    expect(env.SANITY_STUDIO_PROJECT_ID).toBe('abc123') // what the CLI builds into the Studio's bundle
    const own = loadRootEnv(envFile('VITE_SANITY_DATASET=production\nSANITY_STUDIO_DATASET=test\n'), {})
    expect(readStudioEnv(own).dataset).toBe('test')
  })

  test('the shell wins over the file; a missing file changes nothing', () => {
    const env = loadRootEnv(envFile('VITE_SANITY_DATASET=staging\n'), { VITE_SANITY_DATASET: 'production' })
    expect(env.VITE_SANITY_DATASET).toBe('production')
    expect(loadRootEnv(join(dir, 'missing.env'), { A: '1' })).toEqual({ A: '1' })
  })

  test('without any settings: the offline placeholder project, "production" and the app on localhost', () => {
    expect(readStudioEnv({})).toEqual({
      projectId: 'offline',
      dataset: 'production',
      apiVersion: '2025-02-19',
      appUrl: 'http://localhost:5173',
    })
  })

  test('the dataset import goes to the configured dataset', () => {
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['sanity/scripts/import-dataset.mjs', '--print'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...env },
      })
    // Set in the shell, so a developer's own .env cannot change the answer.
    expect(run({ SANITY_STUDIO_PROJECT_ID: 'abc123', SANITY_STUDIO_DATASET: 'staging' })).toMatch(
      /^cd sanity && sanity dataset import \S+\/production\.tar\.gz --dataset staging --replace {2}# project abc123/,
    )
  })
})
