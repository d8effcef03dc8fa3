#!/usr/bin/env node
/**
 * Browser tests drive Debian's Chromium (/usr/bin/chromium); Playwright's own browser download
 * is never used. On a fresh Debian machine where we are root, install it from Debian's
 * packages; anywhere else, say exactly what is missing.
 */
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (existsSync(chromium)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')

if (chromium === '/usr/bin/chromium' && isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian’s chromium package for the browser tests …')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
  if (existsSync(chromium)) process.exit(0)
}

console.error(
  `The browser tests need Chromium at ${chromium}.\n` +
    'On Debian or Ubuntu: sudo apt-get install -y chromium\n' +
    'Elsewhere: install Chromium and set CHROMIUM_PATH to its executable.',
)
process.exit(1)
