import type * as DataFiles from './dataFiles'
import type * as DownloadCsv from './downloadCsv'

let loading: Promise<typeof DownloadCsv> | null = null

/**
 * The CSV's code (downloadCsv.ts, csv.ts) is not start-up code: it is fetched once, when the
 * browser is idle after a statistic with numbers has come on screen (StatisticTools), well
 * before a reader can press "Ladda ner data (CSV)". A failed fetch is tried again on the next
 * press.
 */
export function loadCsvDownload(): Promise<typeof DownloadCsv> {
  loading ??= import('./downloadCsv').catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/** The code of the data files the build writes (dataFiles.ts), for the build alone. */
export function loadDataFiles(): Promise<typeof DataFiles> {
  return import('./dataFiles')
}
