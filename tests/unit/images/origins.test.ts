import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy } from '../../../build/hostFiles'
import { imageOrigins } from '../../../build/images/origins'
import { readContentConfig } from '../../../src/content/env'

describe('where images may come from (Content-Security-Policy img-src)', () => {
  const imgSrc = (policy: string) => policy.split('; ').find((part) => part.startsWith('img-src'))

  test('the bundled dataset: the site itself (its build-made variants) and the data: placeholders', () => {
    const policy = contentSecurityPolicy({ scripts: [], connect: [], images: imageOrigins(readContentConfig({})) })
    expect(imgSrc(policy)).toBe("img-src 'self' data: blob:")
  })

  test('Sanity: its image CDN too, where @sanity/image-url points', () => {
    const config = readContentConfig({ VITE_SANITY_PROJECT_ID: 'abc123' })
    const policy = contentSecurityPolicy({ scripts: [], connect: [], images: imageOrigins(config) })
    expect(imgSrc(policy)).toBe("img-src 'self' data: blob: https://cdn.sanity.io")
  })
})
