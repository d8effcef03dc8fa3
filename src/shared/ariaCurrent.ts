/**
 * The aria-current value of a link that is the reader's current place: "page" only when the link
 * leads to the very page shown (its path is the current URL's, a trailing slash aside), "true"
 * when it stands for the current item of a set without being this page (the year or the area a
 * statistic or an article belongs to); nothing for any other link.
 */
export function ariaCurrent(isCurrent: boolean, linkPath: string, pathname: string): 'page' | 'true' | undefined {
  if (isCurrent) return linkPath === pathname.replace(/(.)\/+$/, '$1') ? 'page' : 'true'
}
