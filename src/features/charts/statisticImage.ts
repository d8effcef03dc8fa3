import type { SiteTexts } from '../../../model/siteTextDefaults'
import { headlineText } from '../../../model/headline'
import type { Statistic } from '../../content/report'
import { chartImageSvg } from './chartSvg'
import { drawableChart, toChartData } from './model'

/** The size of the downloaded image (the PNG is rasterised at twice this, for print). */
export const downloadImageSize = { width: 1200, height: 720 } as const
/** Open Graph's recommended size for a large link preview. */
export const previewImageSize = { width: 1200, height: 630 } as const

export interface StatisticImageInput {
  statistic: Statistic
  reportTitle: string
  /** The statistic's canonical address, absolute. */
  url: string
  texts: Pick<SiteTexts, 'source' | 'regionName'>
  size: { width: number; height: number }
}

/**
 * A statistic as an image (SVG text): the one composition behind "Ladda ner bild" and the link
 * preview, so the two can never differ. A statistic whose numbers cannot be drawn becomes a card
 * with its sentence.
 */
export function statisticImageSvg({ statistic, reportTitle, url, texts, size }: StatisticImageInput): string {
  const data = toChartData(statistic.chart, statistic.title)
  const model = drawableChart(data)
  const unit = textOrNull(statistic.unit) ?? model?.unit ?? null
  return chartImageSvg({
    model,
    title: statistic.title,
    unit,
    period: textOrNull(statistic.period),
    headline: headlineText(statistic.headline),
    sourceLine: statistic.source?.name ? `${texts.source}: ${statistic.source.name}` : null,
    publisherLine: `${texts.regionName} · ${reportTitle}`,
    url,
    ...size,
  })
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}
