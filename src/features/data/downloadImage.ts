import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import type { loadStatisticImage } from '../charts'
import type { StatisticPlace } from '../share'
import { statisticFileName } from './csv'
import { saveFile } from './saveFile'

export type ImageFormat = 'png' | 'svg'

/** The PNG is rasterised at twice the drawing's size: 2400 px wide, sharp in print. */
export const pngScale = 2

/**
 * "Ladda ner bild": the statistic as the build's link preview draws it (statisticImageSvg: the
 * title, unit, period, chart, source and region), as SVG, or as PNG rasterised here by the
 * browser's own canvas from that very SVG. Named like the CSV: "resor-i-kollektivtrafiken-2018.png".
 */
export async function downloadStatisticImage(
  format: ImageFormat,
  statistic: Statistic,
  place: StatisticPlace,
  /** The statistic's canonical URL, printed in the image. */
  url: string,
  texts: SiteTexts,
  /** The drawing (charts' loadStatisticImage): passed in, so this chunk holds only the saving. */
  { statisticImageSvg, downloadImageSize }: Awaited<ReturnType<typeof loadStatisticImage>>,
): Promise<void> {
  const svg = statisticImageSvg({
    statistic,
    reportTitle: place.reportTitle,
    url,
    texts,
    size: downloadImageSize,
  })
  const fileName = statisticFileName(statistic.title, place.year, format)
  if (format === 'svg') {
    saveFile(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName)
    return
  }
  saveFile(await svgToPng(svg, downloadImageSize.width * pngScale, downloadImageSize.height * pngScale), fileName)
}

/** An SVG drawn onto a canvas of the given size, as PNG. The SVG is same-origin (a blob): no taint. */
async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.decoding = 'async'
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('No 2D canvas')
    context.drawImage(image, 0, 0, width, height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
