import type { ImageValue } from './imageGeometry'

/** The boxes the layout gives images (sizes and widths in layouts.ts, loaded with the image code). */
export type ImageLayoutName = 'areaLead' | 'articleMain' | 'articleBody'

/** Width ÷ height of each box; none keeps the editor's crop. */
export const layoutAspects: Partial<Record<ImageLayoutName, number>> = { areaLead: 3 / 2, articleMain: 16 / 9 }

export interface ImageFigureProps {
  image: ImageValue | null | undefined
  layout: ImageLayoutName
  /**
   * When the image loads: `priority`, at once and before other images (the page's largest
   * element on every screen); `lazy` (the default), when the reader nears it; `{ preloadWhere: media }`, lazily,
   * but where `media` matches (where the layout puts the image in the first screen) the
   * prerendered page's head preloads it at high priority (see imagePreload.ts). A module
   * constant: the figure is memoised.
   */
  loading?: 'priority' | 'lazy' | { readonly preloadWhere: string }
  className?: string
}

/** A placeholder the CSS may show: a data URL of an image, nothing that could end `url()`. */
export const safeLqip = (lqip: string | null | undefined) =>
  lqip && /^data:image\/(?:jpeg|png|webp|avif);base64,[A-Za-z0-9+/=]+$/.test(lqip) ? lqip : undefined
