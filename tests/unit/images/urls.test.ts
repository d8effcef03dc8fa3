import { createImageUrlBuilder } from '@sanity/image-url'
import { describe, expect, test } from 'vitest'
import { fitRect, parseImageAssetId, type ImageValue } from '../../../src/content/images/imageGeometry'
import { bundledImageUrls, imageSources, type ImageLayout } from '../../../src/content/images/imageUrls'
import { sanityImageUrls } from '../../../src/content/images/sanityImageUrls'
import { parseVariantFileName, variantFileName } from '../../../src/content/images/variantName'

/** A 3000 × 2000 photo, cropped 10 % from the left and 20 % from the bottom, its subject to the right. */
const fixture: ImageValue = {
  alt: 'Bussar vid en hållplats',
  asset: {
    _id: 'image-abc123def456-3000x2000-jpg',
    metadata: { lqip: 'data:image/jpeg;base64,AAAA', dimensions: { width: 3000, height: 2000 } },
  },
  crop: { top: 0, bottom: 0.2, left: 0.1, right: 0 },
  hotspot: { x: 0.8, y: 0.4, width: 0.2, height: 0.2 },
}

const layout: ImageLayout = { aspect: 16 / 9, sizes: '100vw', widths: [480, 800, 1200, 1600, 3200] }

describe('the part of the image a layout shows', () => {
  test('the crop, then the largest 16:9 box in it, as near the hotspot as the crop allows', () => {
    const asset = parseImageAssetId(fixture.asset!._id)!
    // Crop: x 300–3000 (2700 wide), y 0–1600. 16:9 of 1600 high is 2844 wide: more than the crop,
    // so the full crop width, 1519 high, centred on y = 800 (hotspot) and kept inside the crop.
    expect(fitRect(asset, fixture, 16 / 9)).toEqual({ left: 300, top: 41, width: 2700, height: 1519 })
    // 1:1: 1600 × 1600, centred on x = 2400 but kept inside the crop (right edge 3000).
    expect(fitRect(asset, fixture, 1)).toEqual({ left: 1400, top: 0, width: 1600, height: 1600 })
    // No aspect: the editor's crop.
    expect(fitRect(asset, fixture)).toEqual({ left: 300, top: 0, width: 2700, height: 1600 })
  })

  test.each([
    [16 / 9, { top: 0, bottom: 0.2, left: 0.1, right: 0 }, { x: 0.8, y: 0.4, width: 0.2, height: 0.2 }],
    [3 / 2, { top: 0.05, bottom: 0.1, left: 0.3, right: 0.05 }, { x: 0.1, y: 0.9, width: 0.1, height: 0.1 }],
    [1, undefined, { x: 0.02, y: 0.5, width: 0.3, height: 0.3 }],
    [4 / 5, { top: 0.3, bottom: 0, left: 0, right: 0.3 }, undefined],
    [21 / 9, undefined, undefined],
  ])('agrees with @sanity/image-url for aspect %f', (aspect, crop, hotspot) => {
    const image = { ...fixture, crop, hotspot }
    const asset = parseImageAssetId(image.asset!._id)!
    // image-url fits to the width ÷ height asked for (whole pixels), so ask both the same.
    const [width, height] = [1000, Math.round(1000 / aspect)]
    const rect = fitRect(asset, image, width / height)
    const url = createImageUrlBuilder({ projectId: 'p', dataset: 'd' })
      .image({ asset: { _ref: asset.id }, ...(crop ? { crop } : {}), ...(hotspot ? { hotspot } : {}) } as never)
      .width(width)
      .height(height)
      .url()
    const params = new URL(url).searchParams
    const expected = params.get('rect') ?? `0,0,${asset.width},${asset.height}`
    expect(`${rect.left},${rect.top},${rect.width},${rect.height}`).toBe(expected)
  })
})

describe('srcset for a hotspot/crop fixture', () => {
  test('bundled dataset: build-made variants in AVIF, WebP and the original format, each width the crop can fill', () => {
    const sources = imageSources(fixture, layout, bundledImageUrls)!
    const name = (width: number, height: number, format: string) =>
      `/assets/images/abc123def456-3000x2000-jpg_300_41_2700_1519_${width}x${height}.${format}`
    const set = (format: string) =>
      [
        `${name(480, 270, format)} 480w`,
        `${name(800, 450, format)} 800w`,
        `${name(1200, 675, format)} 1200w`,
        `${name(1600, 900, format)} 1600w`,
      ].join(', ')
    expect(sources).toEqual({
      width: 1600,
      height: 900,
      src: name(1600, 900, 'jpg'),
      srcSet: set('jpg'),
      sources: [
        { type: 'image/avif', srcSet: set('avif') },
        { type: 'image/webp', srcSet: set('webp') },
      ],
      lqip: 'data:image/jpeg;base64,AAAA',
    })
  })

  test('Sanity: the image CDN with the same rect, the size, crop fit and the format left to the CDN', () => {
    const sources = imageSources(fixture, layout, sanityImageUrls({ projectId: 'abc', dataset: 'production' }))!
    const url = (width: number, height: number) =>
      `https://cdn.sanity.io/images/abc/production/abc123def456-3000x2000.jpg?rect=300,41,2700,1519&w=${width}&h=${height}&fit=crop&auto=format`
    expect(sources.sources).toEqual([])
    expect(sources.srcSet).toBe(
      [`${url(480, 270)} 480w`, `${url(800, 450)} 800w`, `${url(1200, 675)} 1200w`, `${url(1600, 900)} 1600w`].join(
        ', ',
      ),
    )
    expect(sources.src).toBe(url(1600, 900))
    expect([sources.width, sources.height]).toEqual([1600, 900])
  })

  test('a smaller original offers its own width only', () => {
    const small = { ...fixture, asset: { ...fixture.asset!, _id: 'image-abc-400x300-png' }, crop: null, hotspot: null }
    const sources = imageSources(small, layout, bundledImageUrls)!
    // 16:9 of 400 × 300: 400 × 225.
    expect(sources.srcSet).toBe('/assets/images/abc-400x300-png_0_38_400_225_400x225.png 400w')
    expect([sources.width, sources.height]).toEqual([400, 225])
  })

  test('an image without an asset (deleted, or never chosen) gives nothing to draw', () => {
    expect(imageSources({ ...fixture, asset: null }, layout)).toBeNull()
    expect(imageSources({ ...fixture, asset: { _id: 'file-abc-pdf' } }, layout)).toBeNull()
    expect(imageSources(null, layout)).toBeNull()
  })

  test('a variant name says all the build needs, and reads back', () => {
    const spec = {
      hash: 'abc123',
      sourceWidth: 3000,
      sourceHeight: 2000,
      sourceFormat: 'jpg',
      rect: { left: 1, top: 2, width: 3, height: 4 },
      width: 30,
      height: 40,
      format: 'webp' as const,
    }
    expect(parseVariantFileName(variantFileName(spec))).toEqual(spec)
    expect(parseVariantFileName('../../etc/passwd')).toBeNull()
    expect(parseVariantFileName('abc-1x1-png_0_0_1_1_1x1.exe')).toBeNull()
  })
})
