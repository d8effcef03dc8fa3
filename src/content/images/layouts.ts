import { layoutAspects, type ImageLayoutName } from './figureProps'
import type { ImageLayout } from './imageUrls'

/*
 * The boxes the layout gives images (see styles/images.css): their aspect ratios, how wide
 * they are drawn at each viewport width (`sizes`), and the widths offered. The text column is
 * at most 42rem wide with 1rem padding; from 1024px the area view has two columns, the lead
 * image in the narrower one (2fr of 3fr+2fr in at most 72rem).
 */

/** Widths made and offered: a phone at 1×–3×, the text column and the desktop column at 1×–2×. */
const widths = [480, 800, 1200, 1600] as const
const textWidth = '(min-width: 42rem) 40rem, calc(100vw - 2rem)'

/**
 * Where the area view has two columns (images.css's media query, which a test compares): its
 * lead image beside the title, in the first screen.
 */
export const areaColumnsMedia = '(min-width: 1024px)'

export const imageLayouts: Record<ImageLayoutName, ImageLayout> = {
  /** An area's lead image: 3:2, full width on phones, the left column from 1024px. */
  areaLead: { aspect: layoutAspects.areaLead, sizes: `${areaColumnsMedia} 26rem, ${textWidth}`, widths },
  /** An article's main image, above its title: 16:9 at text width. */
  articleMain: { aspect: layoutAspects.articleMain, sizes: textWidth, widths },
  /** An image in an article's body: at text width, as the editor cropped it. */
  articleBody: { sizes: textWidth, widths },
}
