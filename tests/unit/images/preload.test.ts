import { describe, expect, test } from 'vitest'
import { imagePreloadHtml } from '../../../src/content/images/imagePreloadHtml'

describe('imagePreloadHtml: the <link>s that preload images in the first screen of some screens', () => {
  test('one per image, however often its figure reported it; attribute values escaped', () => {
    const preload = {
      media: '(min-width: 1024px)',
      type: 'image/avif',
      srcSet: '/a"b<c>.avif 480w, /a&b.avif 800w',
      sizes: '(min-width: 1024px) 26rem, 100vw',
    }
    expect(imagePreloadHtml([preload, { ...preload }])).toEqual([
      '<link rel="preload" as="image" type="image/avif" imagesrcset="/a&quot;b&lt;c&gt;.avif 480w, /a&amp;b.avif 800w" imagesizes="(min-width: 1024px) 26rem, 100vw" media="(min-width: 1024px)" fetchpriority="high" />',
    ])
  })

  test('without a type when the <img>’s own srcset is the first choice (a CDN that picks the format)', () => {
    const [tag] = imagePreloadHtml([{ media: '(min-width: 1024px)', srcSet: '/a 480w', sizes: '26rem' }])
    expect(tag).toBe(
      '<link rel="preload" as="image" imagesrcset="/a 480w" imagesizes="26rem" media="(min-width: 1024px)" fetchpriority="high" />',
    )
  })

  test('none for a page without such images', () => {
    expect(imagePreloadHtml([])).toEqual([])
  })
})
