import type { PreviewValue } from 'sanity'
import { formatDate } from '../../model/format/date'
import { headlineValueText, type HeadlineLike } from '../../model/headline'
import { areaMedia, reportStatusMedia } from './media'

/**
 * The list previews' `prepare` functions: pure, so they are unit tested. What a preview's
 * `select` cannot reach (the area that lists a statistic, whether a report is published) is shown
 * by the media component they return, which looks it up in the Studio (see media.tsx).
 */

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** An image field as a preview selects it: shown as the media once it has a file. */
export interface ImageSelection {
  asset?: { _ref?: string }
}
// Sanity's preview renders an image value given as `media` (as with `select: { media: 'image' }`),
// though its type names only React nodes and components.
const imageMedia = (image: ImageSelection | undefined): PreviewValue['media'] | undefined =>
  typeof image?.asset?._ref === 'string' ? (image as PreviewValue['media']) : undefined

export interface StatisticSelection {
  id?: string
  title?: string
  headline?: HeadlineLike
  period?: string
}

/** "Besök i vården" · "1 037 034 · 2018", with the area's icon (its name on hover). */
export function prepareStatistic({ id, title, headline, period }: StatisticSelection): PreviewValue {
  return {
    title: nonEmpty(title) ? title : 'Statistik utan rubrik',
    subtitle: [headlineValueText(headline) ?? 'Huvudtal saknas', nonEmpty(period) ? period : null]
      .filter(Boolean)
      .join(' · '),
    media: id ? areaMedia(id) : undefined,
  }
}

export interface ArticleSelection {
  id?: string
  title?: string
  publishedAt?: string
  image?: ImageSelection
}

/** "Gratis sommarkort …" · "28 februari 2019", with its main image, or else its area's icon. */
export function prepareArticle({ id, title, publishedAt, image }: ArticleSelection): PreviewValue {
  return {
    title: nonEmpty(title) ? title : 'Artikel utan rubrik',
    subtitle: formatDate(publishedAt) ?? 'Publiceringsdatum saknas',
    media: imageMedia(image) ?? (id ? areaMedia(id) : undefined),
  }
}

export interface AreaSelection {
  id?: string
  title?: string
  subtitle?: string
  icon?: string
  image?: ImageSelection
}

/**
 * "Hälso- och sjukvård" · "Tillgänglighet och kostnader", with its lead image, or else its own
 * icon and year.
 */
export function prepareArea({ id, title, subtitle, icon, image }: AreaSelection): PreviewValue {
  return {
    title: nonEmpty(title) ? title : 'Område utan rubrik',
    subtitle: nonEmpty(subtitle) ? subtitle : undefined,
    media: imageMedia(image) ?? (id ? areaMedia(id, icon) : undefined),
  }
}

export interface ReportSelection {
  id?: string
  title?: string
  year?: number
}

/** "Årsberättelse 2019" · "2019", with its publication state (published, changed, draft). */
export function prepareReport({ id, title, year }: ReportSelection): PreviewValue {
  const hasYear = typeof year === 'number'
  return {
    title: nonEmpty(title) ? title : hasYear ? `Årsberättelse ${year}` : 'Ny årsberättelse',
    subtitle: hasYear ? String(year) : 'Årtal saknas',
    media: id ? reportStatusMedia(id) : undefined,
  }
}
