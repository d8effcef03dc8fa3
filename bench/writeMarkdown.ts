import { writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

/**
 * Writes BENCHMARKS.md formatted as the rest of the tree (`npm run lint` checks it with
 * Prettier): a bench run leaves the file ready to commit.
 */
export async function writeMarkdown(file: string, text: string): Promise<void> {
  const options = (await resolveConfig(file)) ?? {}
  writeFileSync(file, await format(text, { ...options, filepath: file }))
}
