import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { loadEnv, type Logger, type Plugin } from 'vite'
import { readSiteUrl } from '../src/content/siteUrl.ts'
import type { LeftOut, Report } from '../src/content/report.ts'
import type { ReportQueryResult } from '../model/sanity.types.ts'
import type { ContentSource, QueryParams } from '../src/content/sources/types.ts'
import type * as ServerEntry from '../src/entry-server.tsx'
import { sourceForEnv } from './browserNotice.ts'
import { assertTemplate, pageHtml } from './prerenderHtml.ts'
import { prerenderedPagesMiddleware } from './prerenderPreview.ts'
import { notFoundFile, prerenderPages } from './prerenderRoutes.ts'
import {
  contentOrigins,
  contentSecurityPolicy,
  headersFile,
  studioOrigins,
  inlineScripts,
  legacyRedirectRules,
  redirectsFile,
} from './hostFiles.ts'
import { readContentConfig } from '../src/content/env.ts'
import { writeAnalystFiles } from './analystFiles.ts'
import { imageOrigins } from './images/origins.ts'

/**
 * Prerendering: `vite build` builds the browser app, then the app for Node
 * (src/entry-server.tsx), then writes an HTML file for every page of every published report
 * (`dist/{path}/index.html`, and `dist/404.html`) with the page's content, head tags and the
 * content as JSON for the browser to take over with. Content comes from the same source, query
 * and route loader as the app. The Node build is deleted afterwards.
 *
 * `vite preview` serves the pages as a static host would (see prerenderPreview.ts).
 */

const serverEntry = 'src/entry-server.tsx'
/** Inside the build folder while prerendering (so Node finds node_modules from it), then removed. */
const serverFolder = '.prerender-server'

export function prerender(): Plugin {
  return {
    name: 'arsberattelse:prerender',
    config(config, env) {
      // A build of one environment (`vite build --ssr`, the JS API's `build()`) stays as it was.
      if (env.command !== 'build' || config.build?.ssr) return
      const outDir = config.build?.outDir ?? 'dist'
      return {
        builder: {},
        environments: {
          ssr: {
            build: {
              outDir: join(outDir, serverFolder),
              emptyOutDir: true,
              copyPublicDir: false,
              minify: false,
              rolldownOptions: { input: { 'entry-server': serverEntry } },
            },
          },
        },
      }
    },
    async buildApp(builder) {
      const { client, ssr } = builder.environments
      if (!client || !ssr) return
      await builder.build(client)
      await builder.build(ssr)
      const config = builder.config
      const absolute = (dir: string) => (isAbsolute(dir) ? dir : resolve(config.root, dir))
      const serverDir = absolute(ssr.config.build.outDir)
      try {
        await prerenderSite({
          outDir: absolute(client.config.build.outDir),
          serverEntryFile: join(serverDir, 'entry-server.js'),
          env: loadEnv(config.mode, config.envDir || config.root, 'VITE_'),
          // For testing the build on other content (see tests/unit/prerender/content.test.ts):
          // the bundled dataset's path. The browser app keeps its own bundled dataset.
          ...(process.env.PRERENDER_DATASET
            ? { datasetPath: resolve(config.root, process.env.PRERENDER_DATASET) }
            : {}),
          logger: config.logger,
        })
      } finally {
        await rm(serverDir, { recursive: true, force: true })
      }
    },
    configurePreviewServer(server) {
      const { root, build } = server.config
      server.middlewares.use(
        prerenderedPagesMiddleware(isAbsolute(build.outDir) ? build.outDir : resolve(root, build.outDir)),
      )
    },
  }
}

export interface PrerenderSiteOptions {
  /** The browser build, holding the index.html every page starts from. */
  outDir: string
  /** The built src/entry-server.tsx. */
  serverEntryFile: string
  /** VITE_ settings: the content source and VITE_SITE_URL. */
  env: Record<string, string>
  /** Answer the queries from this source instead of the one `env` chooses. */
  source?: ContentSource
  /** The NDJSON file the bundled source reads (default: the sample dataset). */
  datasetPath?: string
  logger?: Pick<Logger, 'info' | 'warn'>
}

export interface PrerenderSummary {
  pages: number
  milliseconds: number
  /** The content report: documents the site leaves out, and why. */
  leftOut: LeftOut[]
}

export async function prerenderSite(options: PrerenderSiteOptions): Promise<PrerenderSummary> {
  const started = performance.now()
  const logger = options.logger ?? console
  // A wrong VITE_SITE_URL stops the build here rather than publishing wrong canonical links.
  const siteUrl = readSiteUrl(options.env.VITE_SITE_URL)

  const templateFile = join(options.outDir, 'index.html')
  const template = await readFile(templateFile, 'utf8')
  assertTemplate(template)

  const server = (await import(pathToFileURL(options.serverEntryFile).href)) as typeof ServerEntry
  const source = answerEachQueryOnce(options.source ?? (await sourceForEnv(options.env, options.datasetPath)))
  const contentConfig = readContentConfig(options.env)

  // Every published year, each asked once; the pages then read them from `source`'s memory.
  const contents = server.createAppQueryClient()
  const latest = await contents.fetchQuery(server.reportQueryOptions(source, 'latest'))
  const reports: Report[] = []
  for (const year of latest.years) {
    const page = await contents.fetchQuery(server.reportQueryOptions(source, year))
    if (page.report) reports.push(page.report)
  }
  // What the app leaves out, decided by the very function that shapes what it shows (the
  // answers come from `source`'s memory: no request is made twice).
  const leftOut = new Map<string, LeftOut>()
  for (const year of [null, ...latest.years]) {
    const raw = await source.fetch<ReportQueryResult | null>(server.reportQuery, { year })
    for (const item of server.reviewReportPage(raw).leftOut) leftOut.set(JSON.stringify(item), item)
  }
  const contentReport = [...leftOut.values()]
  if (contentReport.length > 0) logger.warn(contentReportText(contentReport))

  const statement = await contents.fetchQuery(server.accessibilityStatementQueryOptions(source))
  const { pages, skipped } = prerenderPages(latest, reports, { accessibilityStatement: statement !== null })
  for (const path of skipped)
    logger.warn(`[prerender] ${path} cannot be a file name; the app renders it in the browser.`)

  const canonicalPaths: string[] = []
  for (const page of pages) {
    // A client of its own per page: the page carries the content it needs, and only that.
    const result = await server.render(page.path, { queryClient: server.createAppQueryClient(), source })
    // The pages come from the content as `toReportPage` shaped it, which the app renders: a page
    // that then fails is a fault of the code, never of the content (that is left out above).
    if (result.status !== page.expectedStatus) {
      throw new Error(
        `Prerendering ${page.path} gave status ${result.status}, expected ${page.expectedStatus}: the app and the list of pages disagree (a fault in the code, not in the content).`,
      )
    }
    const file = join(options.outDir, ...page.file.split('/'))
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, pageHtml(template, result))
    if (result.status === 200 && result.meta?.canonicalUrl === siteUrl + page.path) canonicalPaths.push(page.path)
  }
  // Link-preview images, data files, sitemap.xml and robots.txt.
  const files = await writeAnalystFiles({
    outDir: options.outDir,
    latest,
    reports,
    siteUrl,
    source,
    server,
    canonicalPaths,
  })

  // What the static host is told: security headers, and where old addresses lead.
  const policy = contentSecurityPolicy({
    scripts: inlineScripts(template),
    connect: contentOrigins(contentConfig),
    images: imageOrigins(contentConfig),
  })
  await writeFile(
    join(options.outDir, '_headers'),
    headersFile(
      policy,
      pages.filter((page) => page.file !== notFoundFile).map((page) => page.path),
      studioOrigins(options.env.VITE_SANITY_STUDIO_URL),
    ),
  )
  await writeFile(join(options.outDir, '_redirects'), redirectsFile(legacyRedirectRules(reports)))

  const milliseconds = Math.round(performance.now() - started)
  logger.info(
    `[prerender] ${pages.length} pages, ${files.images} preview images, ${files.dataFiles} data files from the ${source.name} content (${reports.length} reports) in ${(milliseconds / 1000).toFixed(1)} s`,
  )
  return { pages: pages.length, milliseconds, leftOut: contentReport }
}

/** The content report: each document left out, with its id, type, title and why. */
export function contentReportText(leftOut: readonly LeftOut[]): string {
  const lines = leftOut.map(
    (item) =>
      `  - ${item.type} ${item.title === null ? '(untitled)' : JSON.stringify(item.title)} [${item.id ?? 'no document'}]: ${leftOutReason(item)}`,
  )
  return [
    `[content] ${leftOut.length} document(s) left out of the site; every other page was published:`,
    ...lines,
  ].join('\n')
}

/** Why a document was left out, in words. */
export function leftOutReason(item: LeftOut): string {
  const where = item.year === undefined ? '' : ` (report ${item.year})`
  switch (item.reason) {
    case 'unpublished':
      return `a reference to ${item.type === 'statistic' ? 'a' : 'an'} ${item.type} that is not published or does not exist${where}`
    case 'bad-slug':
      return `its slug ${JSON.stringify(item.slug ?? null)} cannot be part of an address (a–z, 0–9 and -; not "artiklar" or "embed")${where}`
    case 'slug-taken':
      return `its slug "${String(item.slug)}" is already used by ${item.type} ${item.takenBy ?? ''}, which comes first${where}`
    case 'no-title':
      return `it has no title${where}`
    case 'nothing-to-show':
      return item.type === 'report'
        ? `it has no area with a statistic or an article to show${where}`
        : `it has no statistic or article to show${where}`
    case 'no-year':
      return 'its year is missing or not a whole number'
  }
}
/** A source that asks each distinct query once and answers repeats from memory. */
export function answerEachQueryOnce(source: ContentSource): ContentSource {
  const answers = new Map<string, Promise<unknown>>()
  return {
    name: source.name,
    ...(source.perspective ? { perspective: source.perspective } : {}),
    fetch<Result>(query: string, params: QueryParams): Promise<Result> {
      const key = `${query}\n${JSON.stringify(params)}`
      let answer = answers.get(key)
      if (!answer) {
        answer = source.fetch<Result>(query, params)
        answers.set(key, answer)
        answer.catch(() => answers.delete(key))
      }
      return answer as Promise<Result>
    },
  }
}
