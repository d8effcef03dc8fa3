import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

/**
 * The architecture as lint rules (eslint.config.js): each case lints a line of code as if it
 * stood in a file of the product, and the legal direction beside it shows the rule is not simply
 * refusing everything.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url))
// `ignore: false` so that the cycle fixtures, which the normal run skips, are linted here.
const eslint = new ESLint({ cwd: root, ignore: false })

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message)
}

describe('import boundaries', { timeout: 60_000 }, () => {
  test('a feature may not import the app; the app may import a feature through its index', async () => {
    expect(
      await problems('src/features/report/Probe.tsx', "export { NotFoundView } from '../../app/NotFoundView'\n"),
    ).toContain('boundaries/dependencies')
    expect(await problems('src/app/Probe.tsx', "export { StatisticView } from '../features/report'\n")).toEqual([])
  })

  test('a feature reaches another only through its index, not into its files', async () => {
    expect(await problems('src/features/data/Probe.tsx', "export { Headline } from '../report/Headline'\n")).toContain(
      'boundaries/dependencies',
    )
    expect(await problems('src/features/data/Probe.tsx', "export { useStatisticPlace } from '../share'\n")).toEqual([])
  })

  test('the Studio may not import src/; it imports the shared model', async () => {
    expect(await problems('sanity/Probe.ts', "export { reportQuery } from '../src/content/queries'\n")).toContain(
      'boundaries/dependencies',
    )
    expect(await problems('sanity/Probe.ts', "export { paths } from '../model/urls'\n")).toEqual([])
  })

  test('the model imports nothing of the app, and shared UI knows nothing of the content', async () => {
    expect(await problems('model/Probe.ts', "export { escapeHtml } from '../src/shared/html'\n")).toContain(
      'boundaries/dependencies',
    )
    expect(await problems('src/shared/Probe.ts', "export { reportQuery } from '../content/queries'\n")).toContain(
      'boundaries/dependencies',
    )
    expect(await problems('src/content/Probe.ts', "export { escapeHtml } from '../shared/html'\n")).toEqual([])
  })

  test('an import cycle fails', async () => {
    const [result] = await eslint.lintFiles(['tests/fixtures/lint/cycleA.ts'])
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle')
    expect(await problems('tests/fixtures/lint/Probe.ts', "export { b } from './cycleB'\n")).toEqual([])
  })
})

describe('single places', { timeout: 60_000 }, () => {
  test('recharts only in the chart module', async () => {
    const code = "export { LineChart } from 'recharts'\n"
    expect(await problems('src/features/report/Probe.ts', code)).toContain('no-restricted-imports')
    expect(await problems('src/features/charts/Probe.ts', code)).toEqual([])
  })

  test('localStorage only in shared/storage', async () => {
    const code = "export const read = () => localStorage.getItem('x')\n"
    expect(await problems('src/features/report/Probe.ts', code)).toContain('no-restricted-globals')
    expect(await problems('src/shared/storage/Probe.ts', code)).toEqual([])
  })
})
