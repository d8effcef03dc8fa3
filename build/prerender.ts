import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { loadEnv, type Logger, type Plugin } from 'vite'
import { readSiteUrl } from '../src/content/siteUrl.ts'
import type { Report } from '../src/content/report.ts'
import type { ContentSource, QueryParams } from '../src/content/sources/types.ts'
import type * as ServerEntry from '../src/entry-server.tsx'
import { sourceForEnv } from './browserNotice.ts'
import { assertTemplate, pageHtml } from './prerenderHtml.ts'
import { prerenderedPagesMiddleware } from './prerenderPreview.ts'
import { prerenderPages } from './prerenderRoutes.ts'

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
          logger: config.logger,
        })
      } finally {
        await rm(serverDir, { recursive: true, force: true })
      }
    },
    configurePreviewServer(server) {
      const { root, build } = server.config
      server.middlewares.use(prerenderedPagesMiddleware(isAbsolute(build.outDir) ? build.outDir : resolve(root, build.outDir)))
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
  logger?: Pick<Logger, 'info' | 'warn'>
}

export interface PrerenderSummary {
  pages: number
  milliseconds: number
}

export async function prerenderSite(options: PrerenderSiteOptions): Promise<PrerenderSummary> {
  const started = performance.now()
  const logger = options.logger ?? console
  // A wrong VITE_SITE_URL stops the build here rather than publishing wrong canonical links.
  readSiteUrl(options.env.VITE_SITE_URL)

  const templateFile = join(options.outDir, 'index.html')
  const template = await readFile(templateFile, 'utf8')
  assertTemplate(template)

  const server = (await import(pathToFileURL(options.serverEntryFile).href)) as typeof ServerEntry
  const source = answerEachQueryOnce(options.source ?? (await sourceForEnv(options.env)))

  // Every published year, each asked once; the pages then read them from `source`'s memory.
  const contents = server.createAppQueryClient()
  const latest = await contents.fetchQuery(server.reportQueryOptions(source, 'latest'))
  const reports: Report[] = []
  for (const year of latest.years) {
    const page = await contents.fetchQuery(server.reportQueryOptions(source, year))
    if (page.report) reports.push(page.report)
  }

  const { pages, skipped } = prerenderPages(latest, reports)
  for (const path of skipped) logger.warn(`[prerender] ${path} cannot be a file name; the app renders it in the browser.`)

  for (const page of pages) {
    // A client of its own per page: the page carries the content it needs, and only that.
    const result = await server.render(page.path, { queryClient: server.createAppQueryClient(), source })
    if (result.status !== page.expectedStatus) {
      throw new Error(`Prerendering ${page.path} gave status ${result.status}, expected ${page.expectedStatus}.`)
    }
    const file = join(options.outDir, ...page.file.split('/'))
    await mkdir(dirname(file), { recursive: true })
    await writeFile(file, pageHtml(template, result))
  }

  const milliseconds = Math.round(performance.now() - started)
  logger.info(
    `[prerender] ${pages.length} pages from the ${source.name} content (${reports.length} reports) in ${(milliseconds / 1000).toFixed(1)} s`,
  )
  return { pages: pages.length, milliseconds }
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
