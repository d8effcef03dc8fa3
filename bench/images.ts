/**
 * The image pages of the benchmark: an article with a main image and an area with a lead image,
 * each compared with a static floor page that shows the same image (the same files, in a
 * hand-written page with the <picture> the article's prerendered HTML holds, so no app code and
 * no other content). Written into the build before it is served, so it is compressed and served
 * as the pages are.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './settings.ts'

export const IMAGE_ARTICLE_ROUTE = '/2018/kollektivtrafik/artiklar/gratis-sommarkort-for-skolungdomar'
export const IMAGE_AREA_ROUTE = '/2018/kollektivtrafik'
export const IMAGE_FLOOR_PATH = '/__floor-image/'
/**
 * The article the text floor is compared with: one without a main image, whose largest element
 * is text, as the floor's. (Every 2018 article has an image since the sample images came; those
 * are judged against the floor with an image.)
 */
export const TEXT_ARTICLE_ROUTE = '/2017/kultur/artiklar/sydsvenskt-kultursamarbete-ger-mer-kultur-till-fler'
const IMAGE_FLOOR_NAME = 'static floor with image'

/** The Lighthouse targets for images (see Target in measure.ts): two pages and their floor. */
export const imageTargets = [
  { name: 'article with image', route: IMAGE_ARTICLE_ROUTE, comparedWith: IMAGE_FLOOR_NAME },
  { name: 'area with image', route: IMAGE_AREA_ROUTE, comparedWith: IMAGE_FLOOR_NAME },
  { name: IMAGE_FLOOR_NAME, route: IMAGE_FLOOR_PATH, floor: true },
]

/** The article's main image as its prerendered page has it: `<figure>…</figure>`. */
export function articleFigure(distDir: string): string {
  const html = readFileSync(join(distDir, ...IMAGE_ARTICLE_ROUTE.split('/').filter(Boolean), 'index.html'), 'utf8')
  const figure = /<figure class="content-image article-image">[\s\S]*?<\/figure>/.exec(html)?.[0]
  if (!figure) throw new Error(`${IMAGE_ARTICLE_ROUTE} has no main image: the image floor cannot be written.`)
  return figure
}

/** Throws unless the text article's prerendered page is what it stands for: an article without a main image. */
export function checkTextArticle(distDir: string): void {
  const html = readFileSync(join(distDir, ...TEXT_ARTICLE_ROUTE.split('/').filter(Boolean), 'index.html'), 'utf8')
  if (!/<article class="article"/.test(html) || /class="content-image article-image"/.test(html))
    throw new Error(`${TEXT_ARTICLE_ROUTE} is not an article without a main image: choose another for the text floor.`)
}

/** Writes the image floor page (bench/floor-image.html with the article's figure) into the build. */
export function writeImageFloor(distDir: string): void {
  const template = readFileSync(join(root, 'bench', 'floor-image.html'), 'utf8')
  const page = template.replace('<!-- the article’s figure -->', articleFigure(distDir))
  const dir = join(distDir, ...IMAGE_FLOOR_PATH.split('/').filter(Boolean))
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'index.html'), page)
}
