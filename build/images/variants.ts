import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp, { type Sharp } from 'sharp'
import { parseVariantFileName, variantFolder, type VariantSpec } from '../../src/content/images/variantName.ts'

/*
 * The bundled dataset's image variants, made with sharp: the part of the original a layout shows
 * (the editor's crop and hotspot, already worked out in the file name), scaled to one width, in
 * AVIF, WebP or the original's format. Made once and kept in node_modules/.cache, since AVIF
 * takes a while and every build needs the same files.
 */

/** Where the originals are: Sanity's export layout, `images/{hash}-{width}x{height}.{format}`. */
export const defaultImageFolders = [join(process.cwd(), 'sanity', 'dataset', 'images')]

const encoders = {
  avif: (image: Sharp) => image.avif({ quality: 55, effort: 3 }),
  webp: (image: Sharp) => image.webp({ quality: 78, effort: 4 }),
  jpg: (image: Sharp) => image.jpeg({ quality: 80, mozjpeg: true }),
  png: (image: Sharp) => image.png({ compressionLevel: 9, palette: true, quality: 90 }),
} satisfies Record<VariantSpec['format'], (image: Sharp) => Sharp>

/** The original an asset's variants are made from, or null when no folder has it. */
export function originalFile(spec: VariantSpec, folders: readonly string[]): string | null {
  const name = `${spec.hash}-${spec.sourceWidth}x${spec.sourceHeight}.${spec.sourceFormat}`
  for (const folder of folders) if (existsSync(join(folder, name))) return join(folder, name)
  return null
}

export class MissingOriginalError extends Error {}

/** The bytes of the variant named `name`. Throws MissingOriginalError when its original is not there. */
export async function renderVariant(
  name: string,
  { folders = defaultImageFolders, cacheDir }: { folders?: readonly string[]; cacheDir?: string } = {},
): Promise<Buffer> {
  const spec = parseVariantFileName(name)
  if (!spec) throw new Error(`"${name}" is not the name of an image variant.`)
  const original = originalFile(spec, folders)
  if (!original) {
    throw new MissingOriginalError(
      `image-${spec.hash}-${spec.sourceWidth}x${spec.sourceHeight}-${spec.sourceFormat} has no file in ${folders.join(', ')}`,
    )
  }
  const cached = cacheDir ? join(cacheDir, `${cacheKey(name)}-${name}`) : null
  if (cached && existsSync(cached)) return readFile(cached)
  const { rect } = spec
  const bytes = await encoders[spec.format](
    sharp(await readFile(original))
      .extract(rect)
      .resize(spec.width, spec.height, { fit: 'fill' }),
  ).toBuffer()
  if (cached) {
    await mkdir(cacheDir!, { recursive: true })
    await writeFile(cached, bytes)
  }
  return bytes
}

/** The encoder settings are part of the cache key: a change makes new files. */
const cacheKey = (name: string) =>
  createHash('sha1')
    .update(
      `${sharp.versions.vips}:${encoders.avif.toString()}${encoders.webp.toString()}${encoders.jpg.toString()}${encoders.png.toString()}:${name}`,
    )
    .digest('hex')
    .slice(0, 8)

const variantUrlPattern = new RegExp(`/${variantFolder.replace(/\//g, '\\/')}([A-Za-z0-9_.-]+)`, 'g')

/** Every variant a set of HTML pages asks for (in `src`, `srcset` and the content JSON alike). */
export function variantNamesIn(html: string): string[] {
  return [...html.matchAll(variantUrlPattern)].map((match) => match[1]!).filter((name) => parseVariantFileName(name))
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
}

export interface WrittenVariants {
  written: number
  /** Originals that were not found, with the pages that show them. */
  missing: { asset: string; pages: string[] }[]
}

/**
 * Makes, into `{outDir}/assets/images/`, every variant the prerendered pages in `outDir` ask for.
 * An image whose original is missing leaves its pages without that picture (their placeholder
 * and text stay) and is reported by asset and page; it never stops the build.
 */
export async function writeVariants(
  outDir: string,
  options: { folders?: readonly string[]; cacheDir?: string; concurrency?: number } = {},
): Promise<WrittenVariants> {
  const pagesByName = new Map<string, Set<string>>()
  for (const file of await htmlFiles(outDir)) {
    const page = file.slice(outDir.length).replace(/\\/g, '/')
    for (const name of variantNamesIn(await readFile(file, 'utf8'))) {
      if (!pagesByName.has(name)) pagesByName.set(name, new Set())
      pagesByName.get(name)!.add(page)
    }
  }
  const target = join(outDir, ...variantFolder.split('/'))
  await mkdir(target, { recursive: true })
  const names = [...pagesByName.keys()].sort()
  const missing = new Map<string, Set<string>>()
  let written = 0
  let next = 0
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!
      try {
        await writeFile(join(target, name), await renderVariant(name, options))
        written += 1
      } catch (error) {
        if (!(error instanceof MissingOriginalError)) throw error
        const asset = error.message
        if (!missing.has(asset)) missing.set(asset, new Set())
        for (const page of pagesByName.get(name)!) missing.get(asset)!.add(page)
      }
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 2 }, worker))
  return {
    written,
    missing: [...missing].map(([asset, pages]) => ({ asset, pages: [...pages].sort() })),
  }
}
