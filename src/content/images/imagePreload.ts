import { createContext } from 'react'

/*
 * An image that loads lazily (below the first screen on a phone) but is in the first screen
 * where `media` matches (beside the title on a wide screen): the prerendered page's head asks for
 * it there at once, as the standard responsive preload, `<link rel="preload" as="image"
 * imagesrcset imagesizes media>`. With the same srcset and sizes as the `<picture>`'s first
 * `<source>`, the browser picks the same file for both and the `<img>` takes the preloaded one.
 * A browser that cannot show the source's `type` skips the preload and loads the image lazily.
 */

export interface ImagePreload {
  /** Where the image is in the first screen: a media query. */
  media: string
  /** The `<source>`'s type (`image/avif`), or none when the `<img>`'s own srcset is the first choice. */
  type?: string
  srcSet: string
  sizes: string
}

/**
 * Set by the prerenderer, which writes the preloads into the page's <head> (see
 * imagePreloadHtml.ts); in the browser there is none and the figures do nothing more.
 */
export const ImagePreloadCollectorContext = createContext<((preload: ImagePreload) => void) | null>(null)
