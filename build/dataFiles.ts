import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Report } from '../src/content/report.ts'
import type { SiteTexts } from '../model/siteTextDefaults.ts'
import { paths } from '../model/urls.ts'
import type * as ServerEntry from '../src/entry-server.tsx'

/**
 * Data at stable addresses (README, "Data files"): each statistic's CSV at
 * `/{year}/{area}/{statistic}.csv`, byte for byte what "Ladda ner data (CSV)" gives on the
 * published site, and each year's tidy CSV of every value at `/{year}/statistik-{year}.csv`.
 * Both come from the app's own code (src/features/data), through the server entry.
 */

export type DataFileMaking = Awaited<ReturnType<(typeof ServerEntry)['loadDataFiles']>>

/** Writes the files; returns the paths written. */
export async function writeDataFiles({
  outDir,
  reports,
  siteUrl,
  texts,
  making,
}: {
  outDir: string
  reports: readonly Report[]
  siteUrl: string
  texts: SiteTexts
  making: DataFileMaking
}): Promise<string[]> {
  const written: string[] = []
  const write = async (path: string, text: string) => {
    const file = join(outDir, ...decodeURIComponent(path).split('/').filter(Boolean))
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, text, 'utf8')
    written.push(path)
  }
  for (const report of reports) {
    for (const area of report.areas) {
      for (const statistic of area.statistics) {
        const url = siteUrl + paths.statistic(report.year, area.slug, statistic.slug)
        const csv = making.statisticCsvFromContent(statistic, url, texts.tableCategory)
        if (csv !== null) await write(paths.statisticCsv(report.year, area.slug, statistic.slug), csv)
      }
    }
    await write(paths.yearCsv(report.year), making.yearCsv(report, siteUrl))
  }
  return written
}
