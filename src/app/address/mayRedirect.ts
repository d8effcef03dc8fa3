/*
 * Cheap tests, in the start-up code, for addresses the address chunk (./AddressRedirect) may
 * lead elsewhere; that chunk is loaded only for them.
 */

/** A near miss the app would not find a page for, or an address of the previous site. */
export function mayLeadElsewhere(pathname: string): boolean {
  // Capitals and escapes (a page's own address has neither); then, in any case, a doubled slash,
  // an index file, the previous site's paths. Two tests: with the `i` flag, [A-Z] is every letter.
  return /[A-Z%]/.test(pathname) || /\/\/|\/index\.|^\/arsberattelser\/|^\/\d{4}\/\d{2}\/\d{2}\//i.test(pathname)
}

/** An address that may not be its page's canonical one (see `canonicalAddress`). */
export function mayBeNearMiss({ pathname, search }: { pathname: string; search: string }): boolean {
  return search !== '' || (pathname !== '/' && pathname.endsWith('/')) || mayLeadElsewhere(pathname)
}
