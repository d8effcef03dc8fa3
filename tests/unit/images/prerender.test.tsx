import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryClient } from '@tanstack/react-query'
import sharp from 'sharp'
import { afterAll, describe, expect, test } from 'vitest'
import { render } from '../../../src/entry-server'
import { parseVariantFileName } from '../../../src/content/images/variantName'
import { areaColumnsMedia, imageLayouts } from '../../../src/content/images/layouts'
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
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
  return {
    html: result.html,
    document: parse(result.html),
    head: parse(`<!doctype html><html><head>${result.head}</head><body></body></html>`).head,
  }
}

const imagePreloads = (head: HTMLHeadElement) => [...head.querySelectorAll('link[rel="preload"][as="image"]')]

const urlsOf = (srcset: string | null) => (srcset ?? '').split(', ').map((entry) => entry.split(' ')[0]!)

describe('the prerendered HTML holds the final images', () => {
  test('an article: the main image above the title, with srcset, sizes, width, height, alt and placeholder', async () => {
    const { document, head } = await pageAt('/2018/kultur/artiklar/sagobygden-med-i-unescos-register')
    const figure = document.querySelector('figure.article-image')!
    expect(figure.compareDocumentPosition(document.querySelector('h1')!) & 4).toBeTruthy() // h1 follows
    const img = figure.querySelector('picture > img')!
    expect(img.getAttribute('alt')).toBe('Tecknad granskog en kväll med månsken, en lykta och en uppslagen sagobok.')
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '900'])
    expect(img.getAttribute('sizes')).toBe('(min-width: 42rem) 40rem, calc(100vw - 2rem)')
    expect(img.getAttribute('loading')).toBe('eager')
    expect(img.getAttribute('fetchpriority')).toBe('high')
    // In the first screen everywhere: the <img> itself is found early enough, nothing is preloaded.
    expect(imagePreloads(head)).toEqual([])
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

  test('an area: its lead image, 3:2, lazy (below the statistics on a phone), preloaded where it is beside the title', async () => {
    const { document, head } = await pageAt('/2018/kollektivtrafik')
    const figure = document.querySelector('.area-view > figure.area-image')!
    const img = figure.querySelector('img')!
    expect(img.getAttribute('alt')).toBe('Tecknad blå buss på en landsväg framför en granskog.')
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '800'])
    expect(img.getAttribute('loading')).toBe('lazy')
    expect(img.getAttribute('fetchpriority')).toBe('auto')
    // Exactly what the <picture> picks first on a wide screen, so the <img> takes the preloaded file.
    const avif = figure.querySelector('source[type="image/avif"]')!
    const preloads = imagePreloads(head)
    expect(preloads).toHaveLength(1)
    const preload = preloads[0]!
    expect(preload.getAttribute('type')).toBe('image/avif')
    expect(preload.getAttribute('imagesrcset')).toBe(avif.getAttribute('srcset'))
    expect(urlsOf(preload.getAttribute('imagesrcset'))).toHaveLength(3)
    expect(preload.getAttribute('imagesizes')).toBe(avif.getAttribute('sizes'))
    expect(preload.getAttribute('media')).toBe(areaColumnsMedia)
    expect(preload.getAttribute('fetchpriority')).toBe('high')
    // No href: a browser without imagesrcset would load it on every screen.
    expect(preload.hasAttribute('href')).toBe(false)
  })

  test('the preload’s media is where the layout puts the lead image beside the title (images.css)', () => {
    const css = readFileSync(join(process.cwd(), 'src', 'styles', 'images.css'), 'utf8')
    const twoColumns = [...css.matchAll(/@media\s*([^{]+?)\s*\{([^@]*)/g)].filter(([, , block]) =>
      /\.area-view\s*\{[^}]*display:\s*grid/.test(block!),
    )
    expect(twoColumns.map(([, media]) => media)).toEqual([areaColumnsMedia])
    expect(imageLayouts.areaLead.sizes.startsWith(`${areaColumnsMedia} `)).toBe(true)
  })

  test('a page without images has none (2019 has no sample images)', async () => {
    const { document, head } = await pageAt('/2019/kollektivtrafik')
    expect(document.querySelectorAll('img')).toHaveLength(0)
    expect(imagePreloads(head)).toEqual([])
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
