import { describe, expect, test } from 'vitest'
import { imagePreloads } from '../../../src/content/images/imagePreloadHtml'
import type { ImageSources } from '../../../src/content/images/imageUrls'

const media = '(min-width: 1024px)'
const sizes = '(min-width: 1024px) 26rem, 100vw'
const sources: ImageSources = {
  width: 800,
  height: 533,
  src: '/a.png',
  srcSet: '/a-480.png 480w, /a-800.png 800w',
  sources: [
    { type: 'image/avif', srcSet: '/a"b<c>.avif 480w, /a&b.avif 800w' },
    { type: 'image/webp', srcSet: '/a-480.webp 480w, /a-800.webp 800w' },
  ],
  lqip: undefined,
}

describe('imagePreloads: the <link>s that preload images in the first screen of some screens', () => {
  test('the <picture>’s first choice, once however often its figure reported it; values escaped', () => {
    const preloads = imagePreloads()
    preloads.collect(media, sources, sizes)
    preloads.collect(media, { ...sources }, sizes)
    expect(preloads.html()).toEqual([
      '<link rel="preload" as="image" type="image/avif" imagesrcset="/a&quot;b&lt;c&gt;.avif 480w, /a&amp;b.avif 800w" imagesizes="(min-width: 1024px) 26rem, 100vw" media="(min-width: 1024px)" fetchpriority="high" />',
    ])
  })

  test('the <img>’s own srcset, without a type, when there is no <source> (a CDN that picks the format)', () => {
    const preloads = imagePreloads()
    preloads.collect(media, { ...sources, sources: [] }, '26rem')
    expect(preloads.html()).toEqual([
      '<link rel="preload" as="image" imagesrcset="/a-480.png 480w, /a-800.png 800w" imagesizes="26rem" media="(min-width: 1024px)" fetchpriority="high" />',
    ])
  })

  test('none for a page without such images', () => {
    expect(imagePreloads().html()).toEqual([])
  })
})
