/*
 * Image addresses for the content source this build uses. The bundled dataset's images are
 * variants the build makes (build/images/), named by `variantFileName`; with Sanity, the image
 * CDN's addresses from @sanity/image-url (sanityImageUrls.ts, a chunk of its own that the entries
 * load before the first render, so the start-up JS of the bundled app does not carry it).
 */
import { fitRect, parseImageAssetId, type ImageAsset, type ImageValue, type Rect } from './imageGeometry'
import { variantFileName, variantFolder, type VariantFormat } from './variantName'

export interface ImageUrls {
  /**
   * Modern formats offered as `<source type>` before the fallback, best first. Empty when the
   * server picks the format for each browser (Sanity's CDN with `auto=format`).
   */
  readonly formats: readonly ('avif' | 'webp')[]
  /** The address of `image` cut to `rect` of `asset`, at `width` × `height`, in `format` (or the fallback). */
  url(args: {
    image: ImageValue
    asset: ImageAsset
    rect: Rect
    width: number
    height: number
    format?: 'avif' | 'webp'
  }): string
}

/** The build's variants of the bundled dataset's images: AVIF, WebP, and the original's format. */
export const bundledImageUrls: ImageUrls = {
  formats: ['avif', 'webp'],
  url({ asset, rect, width, height, format }) {
    const fallback: VariantFormat = asset.format === 'jpg' || asset.format === 'jpeg' ? 'jpg' : 'png'
    const name = variantFileName({
      hash: asset.hash,
      sourceWidth: asset.width,
      sourceHeight: asset.height,
      sourceFormat: asset.format,
      rect,
      width,
      height,
      format: format ?? fallback,
    })
    return `${import.meta.env.BASE_URL}${variantFolder}${name}`
  },
}

let current: ImageUrls = bundledImageUrls

/** Chooses the image addresses once, before the first render (the entries call it for Sanity). */
export function configureImageUrls(urls: ImageUrls): void {
  current = urls
}

export function imageUrls(): ImageUrls {
  return current
}

export interface ImageLayout {
  /** Width ÷ height of the box the layout gives the image; none keeps the editor's crop. */
  aspect?: number
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string
  /** The widths to offer in `srcset`. */
  widths: readonly number[]
}

export interface ImageSources {
  width: number
  height: number
  src: string
  srcSet: string
  /** `<source>`s before the `<img>`, best format first. */
  sources: { type: string; srcSet: string }[]
  lqip: string | undefined
}

/** Everything an `<img>` (in a `<picture>`) needs for `image` in `layout`, or null when it has no usable asset. */
export function imageSources(
  image: ImageValue | null | undefined,
  layout: ImageLayout,
  urls = imageUrls(),
): ImageSources | null {
  const asset = parseImageAssetId(image?.asset?._id)
  if (!image || !asset) return null
  const rect = fitRect(asset, image, layout.aspect)
  const widths = layout.widths.filter((width) => width <= rect.width)
  if (widths.length === 0) widths.push(rect.width)
  const heightAt = (width: number) => Math.round((width * rect.height) / rect.width)
  const srcSetIn = (format?: 'avif' | 'webp') =>
    widths
      .map((width) => `${urls.url({ image, asset, rect, width, height: heightAt(width), format })} ${width}w`)
      .join(', ')
  const largest = widths[widths.length - 1]!
  return {
    width: largest,
    height: heightAt(largest),
    src: urls.url({ image, asset, rect, width: largest, height: heightAt(largest) }),
    srcSet: srcSetIn(),
    sources: urls.formats.map((format) => ({ type: `image/${format}`, srcSet: srcSetIn(format) })),
    lqip: image.asset?.metadata?.lqip ?? undefined,
  }
}
