import { execFileSync } from 'node:child_process'

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.ts'

export { CHROMIUM_FLAGS, CHROMIUM_PATH }

/** "Chromium 156.0.8078.79 built on Debian …" (Debian's wrapper script adds noise on stderr). */
export function chromiumVersion(): string {
  try {
    const out = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
    })
    return (
      out
        .split('\n')
        .find((line) => /chrom/i.test(line))
        ?.trim() ?? out.trim()
    )
  } catch (error) {
    return `unknown (${(error as Error).message})`
  }
}
