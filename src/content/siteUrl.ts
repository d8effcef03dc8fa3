/**
 * Where the site is published, read from the environment (VITE_SITE_URL) beside the content
 * settings (env.ts): canonical links, Open Graph tags and the prerendered pages start with it.
 */

/** The address the site is served at when VITE_SITE_URL is not set (`vite preview`). */
export const defaultSiteUrl = 'http://localhost:4173'

/**
 * The site's origin from VITE_SITE_URL ("https://arsberattelse.example.se"): scheme, host and
 * port, no path (the app is served from the root). Throws for anything else, so a wrong
 * setting stops the build instead of publishing wrong canonical links.
 */
export function readSiteUrl(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (text === '') return defaultSiteUrl
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`VITE_SITE_URL "${text}" is not an absolute URL such as https://arsberattelse.example.se.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`VITE_SITE_URL "${text}" must start with https:// (or http://).`)
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(`VITE_SITE_URL "${text}" must be an origin only (scheme, host and port): the app is served from /.`)
  }
  return url.origin
}
