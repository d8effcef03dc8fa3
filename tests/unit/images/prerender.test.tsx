import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryClient } from '@tanstack/react-query'
import sharp from 'sharp'
import { afterAll, describe, expect, test } from 'vitest'
import { render } from '../../../src/entry-server'
import { parseVariantFileName } from '../../../src/content/images/variantName'
import { writeVariants } from '../../../build/images/variants'
import { bundledSource } from '../../support/render-app'

const source = bundledSource()
// Inside the project, where a fresh clone may not have the cache folder yet.
const cacheDir = join(process.cwd(), 'node_modules', '.cache')
mkdirSync(cacheDir, { recursive: true })
const scratch = mkdtempSync(join(cacheDir, 'images-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

async function pageAt(path: string) {
  const result = await render(path, {
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    source,
  })
  expect(result.status).toBe(200)
  return { html: result.html, document: new DOMParser().parseFromString(result.html, 'text/html') }
}

const urlsOf = (srcset: string | null) => (srcset ?? '').split(', ').map((entry) => entry.split(' ')[0]!)

describe('the prerendered HTML holds the final images', () => {
  test('an article: the main image above the title, with srcset, sizes, width, height, alt and placeholder', async () => {
    const { document } = await pageAt('/2018/kultur/artiklar/sagobygden-med-i-unescos-register')
    const figure = document.querySelector('figure.article-image')!
    expect(figure.compareDocumentPosition(document.querySelector('h1')!) & 4).toBeTruthy() // h1 follows
    const img = figure.querySelector('picture > img')!
    expect(img.getAttribute('alt')).toBe('Tecknad granskog en kväll med månsken, en lykta och en uppslagen sagobok.')
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900'])
    expect(img.getAttribute('sizes')).toBe('(min-width: 42rem) 40rem, calc(100vw - 2rem)')
    expect(img.getAttribute('loading')).toBe('eager')
    expect(img.getAttribute('fetchpriority')).toBe('high')
    expect(img.getAttribute('style')).toMatch(/^background-image:url\(data:image\/jpeg;base64,[A-Za-z0-9+/=]+\)$/)
    expect(urlsOf(img.getAttribute('srcset'))).toHaveLength(4)
    const types = [...figure.querySelectorAll('source')].map((element) => element.getAttribute('type'))
    expect(types).toEqual(['image/avif', 'image/webp'])
    for (const url of [img.getAttribute('src')!, ...urlsOf(img.getAttribute('srcset'))]) {
      expect(parseVariantFileName(url.replace('/assets/images/', ''))).not.toBeNull()
    }
    expect(figure.querySelector('figcaption')?.textContent).toBe('Illustration: ritad med programkod för exempeldatan')
  })

  test('an image in the body: at text width, lazily, with caption and credit', async () => {
    const { document } = await pageAt('/2018/kultur/artiklar/sagobygden-med-i-unescos-register')
    const figures = [...document.querySelectorAll('figure.content-image')]
    expect(figures).toHaveLength(2)
    const img = figures[1]!.querySelector('img')!
    expect(img.getAttribute('loading')).toBe('lazy')
    expect(img.getAttribute('fetchpriority')).toBe('auto')
    // The editor's crop (none): the original's 16:10.
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '1000'])
    expect(figures[1]!.querySelector('figcaption')?.textContent).toBe(
      'Berättandet i Sagobygden lever vid lägereldar och på berättarkvällar. Illustration: ritad med programkod för exempeldatan',
    )
  })

  test('an area: its lead image, 3:2, loaded at once at the browser’s priority (below the statistics on a phone)', async () => {
    const { document } = await pageAt('/2018/kollektivtrafik')
    const img = document.querySelector('.area-view > figure.area-image img')!
    expect(img.getAttribute('alt')).toBe('Tecknad blå buss på en landsväg framför en granskog.')
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '800'])
    expect(img.getAttribute('loading')).toBe('eager')
    expect(img.getAttribute('fetchpriority')).toBe('auto')
  })

  test('a page without images has none (2019 has no sample images)', async () => {
    const { document } = await pageAt('/2019/kollektivtrafik')
    expect(document.querySelectorAll('img')).toHaveLength(0)
  })
})

describe('the build makes the variants the pages ask for', () => {
  test('each file at its size and in its format; a missing original is reported with its pages', async () => {
    const { document } = await pageAt('/2018/kollektivtrafik')
    const img = document.querySelector('figure.area-image img')!
    const smallest = urlsOf(img.getAttribute('srcset'))[0]!
    const avif = urlsOf(
      document.querySelector('figure.area-image source[type="image/avif"]')!.getAttribute('srcset'),
    )[0]!
    const outDir = join(scratch, 'dist')
    mkdirSync(join(outDir, '2018'), { recursive: true })
    writeFileSync(join(outDir, '2018', 'index.html'), `<img src="${smallest}"><source srcset="${avif} 480w">`)
    writeFileSync(
      join(outDir, 'index.html'),
      `<img src="/assets/images/${'f'.repeat(40)}-1600x1000-png_0_0_1600_1000_480x300.png">`,
    )
    const result = await writeVariants(outDir, { cacheDir: join(scratch, 'cache') })
    expect(result.written).toBe(2)
    expect(result.missing).toEqual([
      {
        asset: expect.stringMatching(new RegExp(`^image-${'f'.repeat(40)}-1600x1000-png has no file`)),
        pages: ['/index.html'],
      },
    ])
    for (const [url, format] of [
      [smallest, 'png'],
      [avif, 'heif'],
    ] as const) {
      const meta = await sharp(join(outDir, url)).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual([format, 480, 320])
    }
  })
})
