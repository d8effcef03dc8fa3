import { createContext, useContext, useEffect } from 'react'
import type { SiteTexts } from '../../model/siteTextDefaults'
import { readSiteUrl } from '../content/siteUrl'
import { headTags, pageMeta, type PageMetaData, type PagePlace } from './pageMeta'

/** The address canonical links and og:url start with (VITE_SITE_URL, see .env.example). */
export const siteUrl = readSiteUrl(import.meta.env.VITE_SITE_URL)

/**
 * Set by the prerenderer: it receives the page's meta and writes the tags into the HTML's
 * <head> itself, so the rendered body holds none of them.
 */
export const PageMetaCollectorContext = createContext<((meta: PageMetaData) => void) | null>(null)

/**
 * The page's <title>, description, canonical link and sharing tags (see `pageMeta`). In the
 * browser, React places them in <head> and takes over the prerendered ones that match.
 */
export function PageMeta({ place, texts }: { place: PagePlace; texts: SiteTexts }) {
  const collect = useContext(PageMetaCollectorContext)
  const meta = pageMeta(place, texts, siteUrl)
  useServerOnlyTags(collect ? undefined : meta.canonicalUrl)
  if (collect) {
    collect(meta)
    return null
  }
  return (
    <>
      {headTags(meta).map((tag) => {
        switch (tag.tag) {
          case 'title':
            return <title key={tag.key}>{tag.text}</title>
          case 'meta':
            return <meta key={tag.key} {...tag.attributes} />
          case 'link':
            return <link key={tag.key} {...tag.attributes} />
          case 'script':
            // Kept up to date in <head> by StructuredData (React would render it in the body).
            return null
        }
      })}
    </>
  )
}

/** The head tags <PageMeta> manages (see `headTags`). */
const managedHeadTags = [
  'title',
  'meta[name="description"]',
  'meta[name="robots"]',
  'meta[property^="og:"]',
  'meta[name^="twitter:"]',
  'meta[name^="citation_"]',
  'link[rel="canonical"]',
  'link[rel="alternate"][type="text/csv"]',
  'script[type="application/ld+json"]',
]
  .map((selector) => `head > ${selector}`)
  .join(', ')

/**
 * Removes the head tags a page came with (index.html's, or a prerendered page's) before the app
 * renders it afresh: React adds its own, and would otherwise leave these beside them (a second
 * title, a not-found page's "noindex" on a page that exists).
 */
export function removeHeadTags(document: Document): void {
  for (const element of document.querySelectorAll(managedHeadTags)) element.remove()
}

/** Tags only the prerendered page carries (see headTags): previews, citation, JSON-LD, data file. */
const serverOnlyTags = [
  'script[type="application/ld+json"]',
  'meta[name^="citation_"]',
  'meta[name^="twitter:"]',
  'meta[property^="og:image"]',
  'link[rel="alternate"][type="text/csv"]',
]
  .map((selector) => `head > ${selector}`)
  .join(', ')

/** The canonical URL of the page the document was loaded with (its prerendered tags are for it). */
let loadedWith: string | null | undefined

/**
 * Keeps the prerendered page's JSON-LD and `citation_*` tags while the reader is on that page,
 * and removes them once they move to another (whose tags the browser does not make): a
 * reference manager or crawler reading the live document never gets another page's. On the
 * server (`undefined`) nothing is done.
 */
function useServerOnlyTags(canonicalUrl: string | null | undefined) {
  useEffect(() => {
    if (canonicalUrl === undefined) return
    loadedWith ??= canonicalUrl
    if (canonicalUrl === loadedWith) return
    for (const element of document.querySelectorAll(serverOnlyTags)) element.remove()
  }, [canonicalUrl])
}
