/**
 * The aria-current value of a link that is the reader's current place: "page" only when the link
 * leads to the very page shown (its path is the current URL's), "true" when it stands for the
 * current item of a set without being this page (the year or the area a statistic or an article
 * belongs to); nothing for any other link.
 */
export function ariaCurrent(isCurrent: boolean, linkPath: string, pathname: string): 'page' | 'true' | undefined {
  if (!isCurrent) return undefined
  return samePath(linkPath, pathname) ? 'page' : 'true'
}

/** Paths compared as the app routes them: a trailing slash and letter case do not matter. */
function samePath(a: string, b: string): boolean {
  const normal = (path: string) => (path.replace(/\/+$/, '') || '/').toLowerCase()
  return normal(a) === normal(b)
}
