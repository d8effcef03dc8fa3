import type { SiteTexts } from '../../model/siteTextDefaults'
import { headlineText } from '../../model/headline.ts'
import { paths } from '../../model/urls.ts'
import type { Area, Report, Statistic } from '../content/report'
import { toChartData } from '../features/charts'

/**
 * What a statistic's page tells machines besides its title: the link-preview image, the
 * `citation_*` tags reference managers read, and schema.org `Dataset` JSON-LD for search
 * engines. Worded here, written into <head> by pageMeta's `headTags`.
 */

/** og:image: an absolute URL with its size and text alternative. */
export interface PageImage {
  url: string
  alt: string
  width: number
  height: number
}

/** The link preview's size: the build renders every statistic's chart at this size (build/og/). */
export const previewImageWidth = 1200
export const previewImageHeight = 630

/**
 * The preview image of a statistic: its chart as the build draws it, at
 * `/{year}/{area}/{statistic}.png`.
 */
export function statisticImage(
  siteUrl: string,
  report: Report,
  area: Area,
  statistic: Statistic,
  texts: SiteTexts,
): PageImage {
  return {
    url: siteUrl + paths.statisticImage(report.year, area.slug, statistic.slug),
    alt: texts.chartImageAlt.replace('{title}', statistic.title).replace('{report}', report.title),
    width: previewImageWidth,
    height: previewImageHeight,
  }
}

/** The tags Google Scholar and reference managers (Zotero, Mendeley) read. */
export interface CitationMeta {
  title: string
  author: string
  publisher: string
  /** The report's year. */
  date: string
  url: string
}

export function statisticCitation(
  siteUrl: string,
  report: Report,
  area: Area,
  statistic: Statistic,
  texts: SiteTexts,
): CitationMeta {
  return {
    title: statistic.title,
    author: texts.regionName,
    publisher: texts.regionName,
    date: String(report.year),
    url: siteUrl + paths.statistic(report.year, area.slug, statistic.slug),
  }
}

/**
 * schema.org `Dataset` for a statistic (https://schema.org/Dataset, and Google's dataset
 * guidelines): name, description, temporal and spatial coverage, creator, the licence as the CMS
 * words it, and its CSV file as the distribution (only when it has numbers, as only then is
 * there a file).
 */
export function statisticDataset(
  siteUrl: string,
  report: Report,
  area: Area,
  statistic: Statistic,
  texts: SiteTexts,
  licence: string | null,
): Record<string, unknown> {
  const region = { '@type': 'Organization', name: texts.regionName }
  const hasNumbers = toChartData(statistic.chart, statistic.title) !== null
  const description =
    headlineText(statistic.headline) ?? `${statistic.title}, ${area.title}, ${report.title} (${texts.regionName}).`
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: statistic.title,
    description,
    url: siteUrl + paths.statistic(report.year, area.slug, statistic.slug),
    inLanguage: 'sv',
    isPartOf: { '@type': 'CreativeWork', name: report.title, url: siteUrl + paths.report(report.year) },
    temporalCoverage: temporalCoverage(statistic.period, report.year),
    spatialCoverage: { '@type': 'Place', name: texts.regionName },
    creator: region,
    publisher: region,
    ...(licence ? { license: { '@type': 'CreativeWork', text: licence } } : {}),
    ...(statistic.source?.name
      ? { isBasedOn: { '@type': 'CreativeWork', name: statistic.source.name, url: statistic.source.url ?? undefined } }
      : {}),
    ...(hasNumbers
      ? {
          distribution: [
            {
              '@type': 'DataDownload',
              encodingFormat: 'text/csv',
              contentUrl: siteUrl + paths.statisticCsv(report.year, area.slug, statistic.slug),
            },
          ],
        }
      : {}),
  }
}

/**
 * The period as ISO 8601, as schema.org wants it: "2018" → "2018", "2014–2018" → "2014/2018";
 * a period in words ("läsåret 2018/19") gives the report's year.
 */
export function temporalCoverage(period: string | null | undefined, year: number): string {
  const text = typeof period === 'string' ? period.trim() : ''
  if (/^\d{4}$/.test(text)) return text
  const span = /^(\d{4})\s*[–—-]\s*(\d{4})$/.exec(text)
  if (span) return `${span[1]}/${span[2]}`
  return String(year)
}

/**
 * JSON for a `<script type="application/ld+json">` data block: `<` written as `\u003c`, so no
 * CMS text can close the element or start markup.
 */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
