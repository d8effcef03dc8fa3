import { execFileSync } from 'node:child_process'

/** Debian's Chromium, as the browser tests use it (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The project's flags: no sandbox (containers), no GPU, and nothing that goes to the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** "Chromium 156.0.8078.79 built on Debian …" (Debian's wrapper script adds noise on stderr). */
export function chromiumVersion(): string {
  try {
    const out = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000 })
    return out.split('\n').find((line) => /chrom/i.test(line))?.trim() ?? out.trim()
  } catch (error) {
    return `unknown (${(error as Error).message})`
  }
}
