import type * as StatisticImage from './statisticImage'

let loading: Promise<typeof StatisticImage> | null = null

/**
 * The image drawing (statisticImage.ts, chartSvg.ts, axes.ts) is no start-up code: it is fetched
 * when a reader asks for an image, and by the build for the link previews. A failed fetch is
 * tried again on the next call.
 */
export function loadStatisticImage(): Promise<typeof StatisticImage> {
  loading ??= import('./statisticImage').catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
