import type { ContentConfig } from '../../src/content/env.ts'

/**
 * Where the pages' images come from besides the site itself: Sanity's image CDN (the address
 * @sanity/image-url writes; see src/content/images/sanityImageUrls.ts), when the app reads Sanity.
 */
export function imageOrigins(config: ContentConfig): string[] {
  return config.kind === 'sanity' ? ['https://cdn.sanity.io'] : []
}
