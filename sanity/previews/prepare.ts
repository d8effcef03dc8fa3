import type { PreviewValue } from 'sanity'
import { formatDate } from '../../model/format/date'
import { formatFigure } from '../../model/format/number'
import { areaMedia, reportStatusMedia } from './media'

/**
 * The list previews' `prepare` functions: pure, so they are unit tested. What a preview's
 * `select` cannot reach (the area that lists a statistic, whether a report is published) is shown
 * by the media component they return, which looks it up in the Studio (see media.tsx).
 */

interface HeadlineChild {
  _type?: string
  value?: unknown
  decimals?: unknown
  unit?: unknown
}

/** The statistic's headline value: the first figure in its headline (see the schema). */
export function firstHeadlineFigure(
  headline: readonly { children?: readonly HeadlineChild[] | null }[] | null | undefined,
): HeadlineChild | null {
  for (const block of headline ?? []) {
    for (const child of block.children ?? []) {
      if (child._type === 'headlineFigure') return child
    }
  }
  return null
}

/** The first figure formatted as the app shows it (sv-SE), or null when it has no value. */
export function headlineValueText(headline: Parameters<typeof firstHeadlineFigure>[0]): string | null {
  const figure = firstHeadlineFigure(headline)
  if (!figure || typeof figure.value !== 'number' || !Number.isFinite(figure.value)) return null
  return formatFigure({
    value: figure.value,
    decimals: typeof figure.decimals === 'number' ? figure.decimals : null,
    unit: typeof figure.unit === 'string' ? figure.unit : null,
  })
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

export interface StatisticSelection {
  id?: string
  title?: string
  headline?: Parameters<typeof firstHeadlineFigure>[0]
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
}

/** "Gratis sommarkort …" · "28 februari 2019", with its area's icon. */
export function prepareArticle({ id, title, publishedAt }: ArticleSelection): PreviewValue {
  return {
    title: nonEmpty(title) ? title : 'Artikel utan rubrik',
    subtitle: formatDate(publishedAt) ?? 'Publiceringsdatum saknas',
    media: id ? areaMedia(id) : undefined,
  }
}

export interface AreaSelection {
  id?: string
  title?: string
  subtitle?: string
  icon?: string
}

/** "Hälso- och sjukvård" · "Tillgänglighet och kostnader", with its own icon and year. */
export function prepareArea({ id, title, subtitle, icon }: AreaSelection): PreviewValue {
  return {
    title: nonEmpty(title) ? title : 'Område utan rubrik',
    subtitle: nonEmpty(subtitle) ? subtitle : undefined,
    media: id ? areaMedia(id, icon) : undefined,
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
