import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Report, ReportPage } from '../src/content/report.ts'
import type { ContentSource } from '../src/content/sources/types.ts'
import type * as ServerEntry from '../src/entry-server.tsx'
import { writeDataFiles } from './dataFiles.ts'
import { writePreviewImages } from './og/previewImages.ts'
import { fetchContentDates, lastModified, pageDocuments, robotsTxt, sitemapXml } from './sitemap.ts'

/**
 * What the build publishes for analysts and machines beside the pages: the link-preview images,
 * the data files, `sitemap.xml` and `robots.txt`. Called by prerenderSite once every page is
 * written.
 */
export async function writeAnalystFiles({
  outDir,
  latest,
  reports,
  siteUrl,
  source,
  server,
  canonicalPaths,
}: {
  outDir: string
  latest: ReportPage
  reports: readonly Report[]
  /** VITE_SITE_URL, without a trailing slash. */
  siteUrl: string
  source: ContentSource
  server: Pick<typeof ServerEntry, 'loadStatisticImage' | 'loadDataFiles'>
  /** The prerendered pages that are their own canonical address, in order. */
  canonicalPaths: readonly string[]
}): Promise<{ images: number; dataFiles: number; sitemap: number }> {
  const texts = latest.siteTexts
  const images = await writePreviewImages({
    outDir,
    reports,
    siteUrl,
    texts,
    drawing: await server.loadStatisticImage(),
  })
  const dataFiles = await writeDataFiles({ outDir, reports, siteUrl, texts, making: await server.loadDataFiles() })

  const dates = await fetchContentDates(source)
  const documents = pageDocuments(latest, reports)
  const entries = canonicalPaths.map((path) => ({
    url: siteUrl + path,
    lastmod: lastModified(documents.get(path) ?? [], dates),
  }))
  await writeFile(join(outDir, 'sitemap.xml'), sitemapXml(entries))
  await writeFile(join(outDir, 'robots.txt'), robotsTxt(siteUrl))
  return { images: images.length, dataFiles: dataFiles.length, sitemap: entries.length }
}
