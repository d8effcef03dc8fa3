import { createContext, useContext } from 'react'
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
  'link[rel="canonical"]',
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
