/*
 * The file name of one build-made image variant (bundled dataset only): which asset, which part
 * of it, at what size and in what format. The app writes these names into `srcset`; the build
 * (build/images/) reads them back from the prerendered pages and makes exactly those files, so
 * the name is the whole specification and a variant's content never changes under its name.
 */
import type { Rect } from './imageGeometry'

export type VariantFormat = 'avif' | 'webp' | 'jpg' | 'png'

export interface VariantSpec {
  /** The source file's hash (the asset id's hash) and size, as in its file name `{hash}-{w}x{h}.{ext}`. */
  hash: string
  sourceWidth: number
  sourceHeight: number
  sourceFormat: string
  rect: Rect
  width: number
  height: number
  format: VariantFormat
}

/** The folder, below the site's base, that holds the variants (under /assets/: cached for good). */
export const variantFolder = 'assets/images/'

export function variantFileName(spec: VariantSpec): string {
  const { rect } = spec
  return `${spec.hash}-${spec.sourceWidth}x${spec.sourceHeight}-${spec.sourceFormat}_${rect.left}_${rect.top}_${rect.width}_${rect.height}_${spec.width}x${spec.height}.${spec.format}`
}

const namePattern = /^([a-zA-Z0-9]+)-(\d+)x(\d+)-([a-z0-9]+)_(\d+)_(\d+)_(\d+)_(\d+)_(\d+)x(\d+)\.(avif|webp|jpg|png)$/

export function parseVariantFileName(name: string): VariantSpec | null {
  const match = namePattern.exec(name)
  if (!match) return null
  const [, hash, sw, sh, sourceFormat, left, top, width, height, w, h, format] = match
  return {
    hash: hash!,
    sourceWidth: Number(sw),
    sourceHeight: Number(sh),
    sourceFormat: sourceFormat!,
    rect: { left: Number(left), top: Number(top), width: Number(width), height: Number(height) },
    width: Number(w),
    height: Number(h),
    format: format as VariantFormat,
  }
}
