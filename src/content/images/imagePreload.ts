import { createContext } from 'react'
import type { ImageSources } from './imageUrls'

/*
 * An image that loads lazily (below the first screen on a phone) but is in the first screen
 * where a media query matches (beside the title on a wide screen): the prerendered page's head
 * asks for it there at once, as the standard responsive preload, `<link rel="preload" as="image"
 * imagesrcset imagesizes media>` (imagePreloadHtml.ts). With the same srcset and sizes as the
 * `<picture>`'s first choice, the browser picks the same file for both and the `<img>` takes the
 * preloaded one.
 */

/** Reports an image to preload where `media` matches, drawn from `sources` at `sizes`. */
export type ImagePreloadCollector = (media: string, sources: ImageSources, sizes: string) => void

/**
 * Set by the prerenderer, which writes the preloads into the page's <head>; in the browser there
 * is none and the figures do nothing more (the code that makes a preload is not in the start).
 */
export const ImagePreloadCollectorContext = createContext<ImagePreloadCollector | null>(null)
