/*
 * Where an image is cut for a layout: the editor's crop and hotspot applied to a target aspect
 * ratio. The same arithmetic as @sanity/image-url (its `fit`), so the bundled dataset's build-made
 * variants show the same part of the image as Sanity's CDN (a test compares the two on fixtures).
 * Tiny on purpose: it is part of the start-up JS.
 */

/** An image field as the app's queries answer it (`contentImage`, see src/content/queries.ts). */
export interface ImageValue {
  alt?: string | null
  decorative?: boolean | null
  caption?: string | null
  credit?: string | null
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null
  asset?: {
    _id: string
    metadata?: { lqip?: string | null; dimensions?: { width: number; height: number } | null } | null
  } | null
}

export interface ImageAsset {
  /** Sanity's asset id: `image-{hash}-{width}x{height}-{format}`. */
  id: string
  hash: string
  width: number
  height: number
  format: string
}

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

const assetIdPattern = /^image-([a-zA-Z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/

/** The parts of a Sanity image asset id, or null when it is none. */
export function parseImageAssetId(id: unknown): ImageAsset | null {
  const match = typeof id === 'string' ? assetIdPattern.exec(id) : null
  if (!match) return null
  const width = Number(match[2])
  const height = Number(match[3])
  if (!(width > 0 && height > 0)) return null
  return { id: match[0], hash: match[1]!, width, height, format: match[4]! }
}

const fraction = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback

/** The editor's crop in pixels of the original (all of it when there is no crop). */
export function cropRect(asset: ImageAsset, crop: ImageValue['crop']): Rect {
  const left = Math.round(fraction(crop?.left, 0) * asset.width)
  const top = Math.round(fraction(crop?.top, 0) * asset.height)
  const width = Math.round(asset.width - fraction(crop?.right, 0) * asset.width - left)
  const height = Math.round(asset.height - fraction(crop?.bottom, 0) * asset.height - top)
  return width > 0 && height > 0
    ? { left, top, width, height }
    : { left: 0, top: 0, width: asset.width, height: asset.height }
}

/**
 * The part of the original shown at `aspect` (width ÷ height): the largest rectangle of that
 * shape inside the crop, centred on the hotspot as far as the crop allows. Without an aspect,
 * the crop itself.
 */
export function fitRect(asset: ImageAsset, image: Pick<ImageValue, 'crop' | 'hotspot'>, aspect?: number): Rect {
  const crop = cropRect(asset, image.crop)
  if (!aspect) return crop
  const hotspot = image.hotspot
  const centreX = Math.round(fraction(hotspot?.x, 0.5) * asset.width)
  const centreY = Math.round(fraction(hotspot?.y, 0.5) * asset.height)
  if (crop.width / crop.height > aspect) {
    // Wider than wanted: cut from the sides.
    const height = crop.height
    const width = Math.round(height * aspect)
    const left = Math.max(0, Math.round(centreX - width / 2))
    return { left: clamp(left, crop.left, crop.left + crop.width - width), top: crop.top, width, height }
  }
  // Taller than wanted: cut from top and bottom.
  const width = crop.width
  const height = Math.round(width / aspect)
  const top = Math.max(0, Math.round(centreY - height / 2))
  return { left: crop.left, top: clamp(top, crop.top, crop.top + crop.height - height), width, height }
}

const clamp = (value: number, min: number, max: number) => (value < min ? min : value > max ? max : value)
