import { escapeHtml } from '../../shared/html'
import type { ImagePreload } from './imagePreload'

/**
 * The `<link>`s for <head> that preload `preloads` (see imagePreload.ts), one per image: a figure
 * may report itself more than once while the page renders. No `href`: a browser without
 * `imagesrcset` would load it whatever the screen, where it may be the wrong width or not be in
 * the first screen at all.
 */
export function imagePreloadHtml(preloads: readonly ImagePreload[]): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const { media, type, srcSet, sizes } of preloads) {
    const attributes = { rel: 'preload', as: 'image', type, imagesrcset: srcSet, imagesizes: sizes, media }
    const tag = `<link ${Object.entries(attributes)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
      .join(' ')} fetchpriority="high" />`
    if (!seen.has(tag)) tags.push(tag)
    seen.add(tag)
  }
  return tags
}
