import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'
import { loadEnv, type Plugin } from 'vite'
import { readContentConfig } from '../src/content/env.ts'
import { createBundledSource } from '../src/content/sources/bundled.ts'
import {
  paramsKey,
  staticQueries,
  type ContentFiles,
  type StaticQueryFiles,
  type StaticQueryName,
} from '../src/content/sources/staticQueries.ts'
import type { ContentSource, QueryParams } from '../src/content/sources/types.ts'

/**
 * With the bundled dataset, a production build answers every query the app can ask ahead of
 * time and writes each answer as a content-hashed JSON file (`assets/content/`): the report of
 * each year (and of "the newest", the same file), each statistic's years comparison, the
 * accessibility statement, and for each query the answer to parameters that match nothing (a
 * year or key the content lacks). The app reads them through `src/content/sources/static.ts`,
 * which gets the list of files from the module `virtual:arsberattelse/content-files`. A reader
 * thus downloads one year's answer for a year, never the dataset or groq-js; the dev server,
 * the tests and the prerenderer keep evaluating GROQ. With Sanity the module is `null`.
 */

export const contentFilesModule = 'virtual:arsberattelse/content-files'
const resolvedId = `\0${contentFilesModule}`
const defaultDatasetPath = fileURLToPath(new URL('../sanity/dataset/production.ndjson', import.meta.url))

export interface ContentFile {
  /** Relative to the build folder, e.g. `assets/content/report-2018-AbC123xy.json`. */
  fileName: string
  source: string
}

/** What each query is asked with: the parameters the app can pass, read from the content. */
const labels: Record<StaticQueryName, string> = {
  report: 'report',
  statisticAcrossYears: 'years',
  accessibilityStatement: 'statement',
}

interface Asked {
  label: string
  params: QueryParams
}

async function parametersOf(
  source: ContentSource,
): Promise<Record<StaticQueryName, { asked: Asked[]; otherwise: QueryParams | null }>> {
  const years = (await source.fetch<unknown[]>(`*[_type == "report" && defined(year)].year`, {})).filter(
    (year): year is number => Number.isInteger(year),
  )
  const keys = (await source.fetch<unknown[]>(`*[_type == "statistic" && defined(key)].key`, {})).filter(
    (key): key is string => typeof key === 'string',
  )
  const uniqueYears = [...new Set(years)].sort((a, b) => b - a)
  const uniqueKeys = [...new Set(keys)].sort()
  return {
    report: {
      asked: [
        ...uniqueYears.map((year) => ({ label: String(year), params: { year } })),
        // The same file as the newest year's, when that report has something to show.
        { label: 'newest', params: { year: null } },
      ],
      // A year no report has: every such year gets the same answer (no report, the list of years).
      otherwise: { year: Math.min(0, ...uniqueYears) - 1 },
    },
    statisticAcrossYears: {
      asked: uniqueKeys.map((key) => ({ label: key, params: { key } })),
      // Longer than every key: no statistic has it.
      otherwise: { key: '-'.repeat(Math.max(0, ...uniqueKeys.map((key) => key.length)) + 1) },
    },
    accessibilityStatement: { asked: [{ label: '', params: {} }], otherwise: null },
  }
}

const fileLabel = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)

/**
 * Every answer as a file, and where each is: files with the same content are one file (the
 * newest report is also its year's).
 */
export async function writeContentAnswers(
  source: ContentSource,
  base = '/',
): Promise<{ files: ContentFile[]; manifest: ContentFiles }> {
  const plan = await parametersOf(source)
  const files = new Map<string, ContentFile>()
  const fileFor = async (name: StaticQueryName, { label, params }: Asked): Promise<string> => {
    const text = JSON.stringify(await source.fetch<unknown>(staticQueries[name], params))
    const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8)
    let file = files.get(hash)
    if (!file) {
      const stem = [labels[name], fileLabel(label)].filter(Boolean).join('-')
      file = { fileName: `assets/content/${stem}-${hash}.json`, source: text }
      files.set(hash, file)
    }
    return `${base}${file.fileName}`
  }
  const manifest = {} as ContentFiles
  for (const name of Object.keys(staticQueries) as StaticQueryName[]) {
    const entry: StaticQueryFiles = { answers: {}, otherwise: null }
    for (const asked of plan[name].asked) entry.answers[paramsKey(asked.params)] = await fileFor(name, asked)
    const otherwise = plan[name].otherwise
    if (otherwise) entry.otherwise = await fileFor(name, { label: 'none', params: otherwise })
    manifest[name] = entry
  }
  return { files: [...files.values()], manifest }
}

/**
 * The Vite plugin: in a production build with the bundled dataset, emits the files and makes
 * the list of them the module `virtual:arsberattelse/content-files`; otherwise that module is
 * `null`. `PRERENDER_DATASET` (see build/prerender.ts) points it at another dataset, as it
 * does the prerenderer, so pages and files agree.
 */
export function contentFiles(options: { datasetPath?: string } = {}): Plugin {
  let answers: Promise<{ files: ContentFile[]; manifest: ContentFiles } | null> | undefined
  return {
    name: 'arsberattelse:content-files',
    resolveId(id) {
      return id === contentFilesModule ? resolvedId : undefined
    },
    async load(id) {
      if (id !== resolvedId) return undefined
      const config = this.environment.config
      const env = loadEnv(config.mode, config.envDir || config.root, 'VITE_')
      if (config.command !== 'build' || readContentConfig(env).kind !== 'bundled') return 'export default null'
      answers ??= (async () => {
        const datasetPath =
          options.datasetPath ??
          (process.env.PRERENDER_DATASET ? resolve(config.root, process.env.PRERENDER_DATASET) : defaultDatasetPath)
        return writeContentAnswers(
          createBundledSource(() => readFile(datasetPath, 'utf8')),
          config.base,
        )
      })()
      const written = await answers
      if (!written) return 'export default null'
      // The browser build carries the files; the Node build (prerendering) only the list.
      if (this.environment.name === 'client') {
        for (const file of written.files) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source })
      }
      return `export default ${JSON.stringify(written.manifest)}`
    },
  }
}
