import { escapeHtml } from '../../shared/html'
import type { ImagePreloadCollector } from './imagePreload'

/**
 * Collects the images a page preloads (see imagePreload.ts) while the prerenderer renders it,
 * and gives their `<link>`s for <head>, one per image: a figure may report itself more than
 * once while the page renders.
 */
export function imagePreloads(): { collect: ImagePreloadCollector; html: () => string[] } {
  const tags = new Set<string>()
  return {
    collect: (media, sources, sizes) => {
      // The <picture>'s first choice: its best <source>, which a browser that cannot show its
      // type skips (as it skips the preload); with none (a CDN that picks the format), the <img>.
      const first = sources.sources[0]
      tags.add(imagePreloadHtml({ media, type: first?.type, srcSet: first?.srcSet ?? sources.srcSet, sizes }))
    },
    html: () => [...tags],
  }
}

/**
 * The `<link>` that preloads an image where `media` matches. No `href`: a browser without
 * `imagesrcset` would load it on every screen, where it may be the wrong width or not be in the
 * first screen at all.
 */
export function imagePreloadHtml(preload: { media: string; type?: string; srcSet: string; sizes: string }): string {
  const { media, type, srcSet, sizes } = preload
  const attributes = { rel: 'preload', as: 'image', type, imagesrcset: srcSet, imagesizes: sizes, media }
  return `<link ${Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ')} fetchpriority="high" />`
}
