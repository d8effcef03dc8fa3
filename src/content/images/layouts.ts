import type { ImageLayout } from './imageUrls'

/*
 * The boxes the layout gives images (see global.css, "Images"): their aspect ratios, how wide
 * they are drawn at each viewport width (`sizes`), and the widths offered. The text column is
 * at most 42rem wide with 1rem padding; from 1024px the area view has two columns, the lead
 * image in the narrower one (2fr of 3fr+2fr in at most 72rem).
 */

/** Widths made and offered: a phone at 1×–3×, the text column and the desktop column at 1×–2×. */
const widths = [480, 800, 1200, 1600] as const

/** An area's lead image: 3:2, full width on phones, the left column from 1024px. */
export const areaLeadImage: ImageLayout = {
  aspect: 3 / 2,
  sizes: '(min-width: 1024px) 26rem, (min-width: 42rem) 40rem, calc(100vw - 2rem)',
  widths,
}

/** An article's main image, above its title: 16:9 at text width. */
export const articleMainImage: ImageLayout = {
  aspect: 16 / 9,
  sizes: '(min-width: 42rem) 40rem, calc(100vw - 2rem)',
  widths,
}

/** An image in an article's body: at text width, as the editor cropped it. */
export const articleBodyImage: ImageLayout = {
  sizes: '(min-width: 42rem) 40rem, calc(100vw - 2rem)',
  widths,
}
