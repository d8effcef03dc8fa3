import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderAsync } from '@resvg/resvg-js'
import type { Report } from '../../src/content/report.ts'
import type { SiteTexts } from '../../model/siteTextDefaults.ts'
import { paths } from '../../model/urls.ts'
import type * as ServerEntry from '../../src/entry-server.tsx'

/**
 * Link previews: every statistic's chart as a 1200×630 PNG at `/{year}/{area}/{statistic}.png`
 * (the og:image of its page and, for the foreground statistic, of its area), drawn by the app's
 * own `statisticImageSvg` (the same drawing as "Ladda ner bild") and rasterised by resvg.
 *
 * resvg reads no system fonts here: the text is set in the DejaVu Sans Condensed files beside
 * this module (Bitstream Vera licence, see fonts/LICENSE-DejaVu.txt), whose widths match the
 * estimates the drawing lays text out with, so an image is the same on every machine.
 */

const fontFiles = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf'].map((file) =>
  fileURLToPath(new URL(`./fonts/${file}`, import.meta.url)),
)
const fontFamily = 'DejaVu Sans'

export type ImageDrawing = Awaited<ReturnType<(typeof ServerEntry)['loadStatisticImage']>>

/** A statistic's SVG as a PNG, at the SVG's own size. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: fontFamily, sansSerifFamily: fontFamily },
    fitTo: { mode: 'original' },
    textRendering: 1,
  })
  return image.asPng()
}

/** Writes every statistic's preview image; returns the paths written. */
export async function writePreviewImages({
  outDir,
  reports,
  siteUrl,
  texts,
  drawing,
}: {
  outDir: string
  reports: readonly Report[]
  siteUrl: string
  texts: SiteTexts
  drawing: ImageDrawing
}): Promise<string[]> {
  const written: string[] = []
  for (const report of reports) {
    for (const area of report.areas) {
      for (const statistic of area.statistics) {
        const path = paths.statisticImage(report.year, area.slug, statistic.slug)
        let png: Buffer
        try {
          const svg = drawing.statisticImageSvg({
            statistic,
            reportTitle: report.title,
            url: siteUrl + paths.statistic(report.year, area.slug, statistic.slug),
            texts,
            size: drawing.previewImageSize,
          })
          png = await svgToPng(svg)
        } catch (error) {
          throw new Error(
            `The link preview image of statistic "${statistic.title}" [${statistic._id}] (report ${report.year}) could not be drawn: ${String(error)}`,
            { cause: error },
          )
        }
        const file = join(outDir, ...decodeURIComponent(path).split('/').filter(Boolean))
        await mkdir(dirname(file), { recursive: true })
        await writeFile(file, png)
        written.push(path)
      }
    }
  }
  return written
}
