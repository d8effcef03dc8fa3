/*
 * Validation of the previous report site's addresses, shared by the schema (Studio
 * validation), the app's old-address redirect and the build's redirect rules. No `sanity`
 * import: the browser bundle may use these.
 */

/**
 * Addresses of the region's previous annual report site, which old press releases and PDFs
 * still link to. An area's code is its `?omrade=` value there (`/arsberattelser/2018/?omrade=sjukvard`);
 * an article's path is its address there without the query (`/2019/02/28/{slug}/`).
 */
const legacyCodePattern = /^[a-z0-9_-]{1,40}$/
const legacyArticlePathPattern = /^\/(\d{4})\/(\d{2})\/(\d{2})\/([a-z0-9_%-]{1,200})\/?$/

/** Returns a Swedish message for an invalid legacy area code, or `true` (none is fine). */
export function checkLegacyCode(code: string | undefined | null): true | string {
  if (code === undefined || code === null || code === '') return true
  if (!legacyCodePattern.test(code)) {
    return 'Ange koden som den stod efter ”omrade=” i den gamla adressen, till exempel ”sjukvard” eller ”reg_utv” (små bokstäver a–z, siffror, _ och -).'
  }
  return true
}

/** An old article path in its one canonical form (`/2019/02/28/slug`), or null when it is none. */
export function normalizeLegacyArticlePath(path: string | undefined | null): string | null {
  if (typeof path !== 'string') return null
  let candidate = path.trim()
  // An editor may paste the whole old address: only its path counts.
  try {
    if (/^https?:\/\//i.test(candidate)) candidate = new URL(candidate).pathname
  } catch {
    return null
  }
  candidate = candidate.split(/[?#]/)[0]!.toLowerCase()
  const match = legacyArticlePathPattern.exec(candidate)
  return match ? `/${match[1]}/${match[2]}/${match[3]}/${match[4]}` : null
}

/** Returns a Swedish message for an invalid legacy article path, or `true` (none is fine). */
export function checkLegacyArticlePath(path: string | undefined | null): true | string {
  if (path === undefined || path === null || path === '') return true
  if (normalizeLegacyArticlePath(path) === null) {
    return 'Ange artikelns gamla adress som /ÅÅÅÅ/MM/DD/namn/, till exempel /2019/02/28/utvecklingsstrategin-narmare-kronobergaren/.'
  }
  return true
}
