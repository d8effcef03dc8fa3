/*
 * Sanity's image CDN through @sanity/image-url: the crop and hotspot become `rect` (computed the
 * same way as `fitRect`), the size `w`/`h`, and `auto=format` lets the CDN send AVIF or WebP to
 * browsers that take them. Loaded only by builds that read Sanity (see imageUrls.ts).
 */
import { createImageUrlBuilder } from '@sanity/image-url'
import type { ImageUrls } from './imageUrls'

export function sanityImageUrls({ projectId, dataset }: { projectId: string; dataset: string }): ImageUrls {
  const builder = createImageUrlBuilder({ projectId, dataset })
  return {
    formats: [],
    url({ image, asset, width, height }) {
      return builder
        .image({
          asset: { _ref: asset.id },
          ...(image.crop ? { crop: image.crop } : {}),
          ...(image.hotspot ? { hotspot: image.hotspot } : {}),
        } as Parameters<typeof builder.image>[0])
        .width(width)
        .height(height)
        .fit('crop')
        .auto('format')
        .url()
    },
  }
}
