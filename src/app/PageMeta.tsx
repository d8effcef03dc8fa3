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
  const structuredData = headTags(meta).find((tag) => tag.tag === 'script')?.json ?? null
  useStructuredData(collect ? undefined : structuredData)
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

const structuredDataSelector = 'head > script[type="application/ld+json"]'

/**
 * The page's JSON-LD in <head>, as the prerendered page has it. Set after rendering rather than
 * rendered: React would put a <script> where the component is (the body), where the prerendered
 * page has none, and hydration would not match. A data block is never run, so replacing its
 * text is all it takes; `undefined` (on the server) leaves the document alone.
 */
function useStructuredData(json: string | null | undefined) {
  useEffect(() => {
    if (json === undefined) return
    const existing = document.head.querySelector(structuredDataSelector)
    if (json === null) {
      existing?.remove()
      return
    }
    const script = existing ?? document.createElement('script')
    script.setAttribute('type', 'application/ld+json')
    if (script.textContent !== json) script.textContent = json
    if (!existing) document.head.append(script)
  }, [json])
}
