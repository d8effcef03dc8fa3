import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix, relative, resolve, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { readAppStart } from '../build/deferredStart.ts'

/**
 * Sizes of a build and of the JavaScript an area view needs before its first paint. Shared by
 * the benchmark (bench/run.ts) and the budget test (tests/unit/budget/initial-js.test.ts).
 *
 * "Start-up JS" is what the page loads on its own, before any interaction: its `<script
 * type="module" src>` entries and `<link rel="modulepreload">` chunks, those its start script
 * adds after the first paint (build/deferredStart.ts), and, to be sure nothing is missed, every
 * chunk those import statically (a dynamic `import()` is not followed). "Before first paint" is
 * the part the HTML asks for itself, up front. CSS counts from `<link rel="stylesheet">`. Compression: gzip level 9 and brotli quality 11, as a host that
 * serves precompressed files would send them.
 */

export interface Sizes {
  raw: number
  gzip: number
  brotli: number
}

export interface AssetSize extends Sizes {
  /** Path inside the build folder, with `/` separators (e.g. `assets/index-abc.js`). */
  file: string
}

/** The route whose first paint the budget is about. */
export const AREA_VIEW_ROUTE = '/2018/halso-och-sjukvard'

/** Gzip/brotli as a static host's precompression would write them. */
export function compress(bytes: Uint8Array): { gzip: Buffer; brotli: Buffer } {
  return {
    gzip: gzipSync(bytes, { level: 9 }),
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
  }
}

export function sizesOf(bytes: Uint8Array): Sizes {
  const { gzip, brotli } = compress(bytes)
  return { raw: bytes.byteLength, gzip: gzip.byteLength, brotli: brotli.byteLength }
}

export function sumSizes(sizes: Sizes[]): Sizes {
  return sizes.reduce(
    (sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  )
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}

/** Every JS and CSS file of a build, largest (gzip) first. */
export function buildAssets(outDir: string): AssetSize[] {
  return walk(outDir)
    .filter((path) => /\.(m?js|css)$/.test(path))
    .map((path) => ({ file: toPosix(relative(outDir, path)), ...sizesOf(readFileSync(path)) }))
    .sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file))
}

/** The HTML a static host serves for a route: its prerendered page, or the SPA's index.html. */
export function htmlForRoute(outDir: string, route: string): { file: string; prerendered: boolean } {
  const page = join(outDir, ...route.split('/').filter(Boolean), 'index.html')
  if (route !== '/' && existsSync(page)) return { file: page, prerendered: true }
  return { file: join(outDir, 'index.html'), prerendered: false }
}

export interface HtmlReferences {
  /** `<script type="module" src>` */
  moduleScripts: string[]
  /** `<link rel="modulepreload" href>` */
  modulePreloads: string[]
  /** `<link rel="stylesheet" href>` */
  stylesheets: string[]
  /** The entry and preloads the start script adds after the first paint (none: no start script). */
  startedAfterFirstPaint: string[]
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]!.toLowerCase()
    if (!found.has(name)) found.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  return found
}

/** The scripts, module preloads and stylesheets an HTML page asks for, in document order. */
export function htmlReferences(html: string): HtmlReferences {
  const start = readAppStart(html)
  const references: HtmlReferences = {
    moduleScripts: [],
    modulePreloads: [],
    stylesheets: [],
    startedAfterFirstPaint: start ? [start.entry, ...start.preloads] : [],
  }
  // Leave out comments and the content of <script> elements (JSON state, inline code).
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
  for (const [tag, name] of markup.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(name!.length + 1, -1))
    if (name!.toLowerCase() === 'script') {
      const src = attrs.get('src')
      if (src && attrs.get('type')?.toLowerCase() === 'module') references.moduleScripts.push(src)
      continue
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attrs.get('href')
    if (!href) continue
    if (rel.includes('modulepreload')) references.modulePreloads.push(href)
    else if (rel.includes('stylesheet')) references.stylesheets.push(href)
  }
  return references
}

/**
 * Relative specifiers of a built chunk's static `import … from` / `import "…"` / `export … from`
 * statements. A dynamic `import("…")` is not one of them.
 */
export function staticImports(code: string): string[] {
  const found: string[] = []
  const statement = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])(\.{1,2}\/[^"'`]+)\1/g
  for (const match of code.matchAll(statement)) found.push(match[2]!)
  return [...new Set(found)]
}

/** A URL path of the site (`/assets/x.js`) as a file path relative to the build folder. */
function siteFile(url: string, from = '/'): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null // another origin: not part of the build
  const path = url.split(/[?#]/)[0]!
  const absolute = path.startsWith('/') ? path : posix.join(posix.dirname(from), path)
  return posix.normalize(absolute).replace(/^\/+/, '')
}

export interface InitialAssets {
  /** The HTML file read, relative to the build folder. */
  html: string
  prerendered: boolean
  /** Start-up JS: entries, then preloaded and statically imported chunks. */
  js: AssetSize[]
  /** The part of `js` the HTML asks for up front, before its first paint. */
  jsBeforeFirstPaint: AssetSize[]
  css: AssetSize[]
  jsTotal: Sizes
  cssTotal: Sizes
}

/** The start-up JS and CSS of the page for `route` (see the top of this file). */
export function initialAssets(outDir: string, route: string = AREA_VIEW_ROUTE): InitialAssets {
  const { file: htmlFile, prerendered } = htmlForRoute(outDir, route)
  const references = htmlReferences(readFileSync(htmlFile, 'utf8'))
  const htmlPath = '/' + toPosix(relative(outDir, htmlFile))
  const chunksFrom = (urls: string[], known: string[] = []): string[] => {
    const queue = urls.map((url) => siteFile(url, htmlPath))
    const found: string[] = []
    while (queue.length > 0) {
      const file = queue.shift()
      if (!file || found.includes(file) || known.includes(file)) continue
      const path = join(outDir, file)
      if (!existsSync(path)) throw new Error(`${htmlPath} refers to ${file}, which the build does not have.`)
      found.push(file)
      for (const specifier of staticImports(readFileSync(path, 'utf8'))) queue.push(siteFile(specifier, '/' + file))
    }
    return found
  }
  const upFront = chunksFrom([...references.moduleScripts, ...references.modulePreloads])
  const js = [...upFront, ...chunksFrom(references.startedAfterFirstPaint, upFront)]
  const css = [
    ...new Set(
      references.stylesheets.map((url) => siteFile(url, htmlPath)).filter((file): file is string => file !== null),
    ),
  ]
  const measure = (file: string): AssetSize => ({ file, ...sizesOf(readFileSync(join(outDir, file))) })
  const jsSizes = js.map(measure)
  const cssSizes = css.map(measure)
  return {
    html: htmlPath.slice(1),
    prerendered,
    js: jsSizes,
    jsBeforeFirstPaint: jsSizes.filter((asset) => upFront.includes(asset.file)),
    css: cssSizes,
    jsTotal: sumSizes(jsSizes),
    cssTotal: sumSizes(cssSizes),
  }
}

/** Text that only the chart library's code carries (its class names), for builds without source maps. */
export function looksLikeRecharts(code: string): boolean {
  return /["'`]recharts-(?:wrapper|surface|layer|responsive-container|legend-wrapper|tooltip-wrapper)/.test(code)
}

// Source maps ------------------------------------------------------------------------------

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const base64Value = new Map([...base64].map((char, index) => [char, index]))

/** Decodes one line's segments of a source map's `mappings` into [generatedColumn, sourceIndex]. */
function decodeLine(line: string, state: { source: number }): Array<[number, number | null]> {
  const segments: Array<[number, number | null]> = []
  let column = 0
  for (const segment of line.split(',')) {
    if (!segment) continue
    const values: number[] = []
    let value = 0
    let shift = 0
    for (const char of segment) {
      const digit = base64Value.get(char)
      if (digit === undefined) throw new Error(`Invalid source map character "${char}".`)
      value += (digit & 31) << shift
      if (digit & 32) {
        shift += 5
      } else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1)
        value = 0
        shift = 0
      }
    }
    column += values[0] ?? 0
    if (values.length >= 4) {
      state.source += values[1]!
      segments.push([column, state.source])
    } else {
      segments.push([column, null])
    }
  }
  return segments
}

/**
 * Where a built chunk's bytes come from: generated characters attributed to the source each
 * mapping segment points at (read from the chunk's `.map`, which `build.sourcemap: 'hidden'`
 * writes without changing the chunk). Unmapped characters count as `(unmapped)`.
 */
export function bytesBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, number> {
  const result = new Map<string, number>()
  const add = (source: string, count: number) => {
    if (count > 0) result.set(source, (result.get(source) ?? 0) + count)
  }
  const lines = code.split('\n')
  const mappingLines = map.mappings.split(';')
  const state = { source: 0 }
  lines.forEach((text, index) => {
    const segments = index < mappingLines.length ? decodeLine(mappingLines[index]!, state) : []
    let position = 0
    let current: string = '(unmapped)'
    for (const [column, source] of segments) {
      add(current, Math.min(column, text.length) - position)
      position = Math.min(column, text.length)
      current = source === null ? '(unmapped)' : (map.sources[source] ?? '(unmapped)')
    }
    add(current, text.length - position + 1) // and the line break
  })
  return result
}

/**
 * A source map's source as a path from the project root (`src/main.tsx`), or from the innermost
 * `node_modules` (`node_modules/react-dom/…`) for packages.
 */
export function sourcePath(source: string, mapFile: string, sourceRoot = '', root: string = process.cwd()): string {
  if (source.includes('\0')) return source
  const absolute = toPosix(resolve(dirname(mapFile), sourceRoot, source))
  const inModules = absolute.lastIndexOf('/node_modules/')
  if (inModules >= 0) return absolute.slice(inModules + 1)
  return toPosix(relative(root, absolute))
}

/** A source's package: `react-dom`, `@sanity/client`, or `app:src/features` for the app's own code. */
export function packageOfSource(path: string): string {
  if (path.startsWith('(')) return path
  if (path.includes('\0') || /(^|\/)vite\//.test(path)) return 'vite runtime'
  if (path.startsWith('node_modules/')) {
    const [first, second] = path.slice('node_modules/'.length).split('/')
    return first!.startsWith('@') ? `${first}/${second}` : first!
  }
  const parts = path.split('?')[0]!.split('/')
  const folder =
    parts[0] === 'src' && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.length > 1 ? parts[0]! : path
  return `app:${folder}`
}

export interface PackageShare {
  name: string
  /** Minified bytes attributed to the package. */
  raw: number
  /** The package's share of the files' gzip size, in proportion to its raw share of each file. */
  gzipEstimate: number
}

/**
 * Raw bytes of the given built JS files by package, from their `.map` files (missing maps are
 * skipped; `mapped` says whether every file had one). `sources` are paths as `sourcePath` gives.
 */
export function packagesOf(
  outDir: string,
  files: AssetSize[],
  root: string = process.cwd(),
): { packages: PackageShare[]; files: PackageShare[]; sources: Set<string>; unmappedFiles: string[] } {
  const totals = new Map<string, { raw: number; gzip: number }>()
  const perSource = new Map<string, { raw: number; gzip: number }>()
  const sources = new Set<string>()
  const unmappedFiles: string[] = []
  for (const asset of files) {
    const mapPath = join(outDir, asset.file + '.map')
    if (!existsSync(mapPath)) {
      unmappedFiles.push(asset.file)
      continue
    }
    const code = readFileSync(join(outDir, asset.file), 'utf8')
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as {
      sources: string[]
      mappings: string
      sourceRoot?: string
    }
    map.sources = map.sources.map((source) => sourcePath(source, mapPath, map.sourceRoot, root))
    for (const source of map.sources) sources.add(source)
    const bySource = bytesBySource(code, map)
    const length = [...bySource.values()].reduce((a, b) => a + b, 0) || 1
    for (const [source, bytes] of bySource) {
      for (const [table, name] of [
        [totals, packageOfSource(source)],
        [perSource, source],
      ] as const) {
        const total = table.get(name) ?? { raw: 0, gzip: 0 }
        total.raw += bytes
        total.gzip += (asset.gzip * bytes) / length
        table.set(name, total)
      }
    }
  }
  const list = (table: Map<string, { raw: number; gzip: number }>) =>
    [...table]
      .map(([name, total]) => ({ name, raw: total.raw, gzipEstimate: Math.round(total.gzip) }))
      .sort((a, b) => b.raw - a.raw)
  return { packages: list(totals), files: list(perSource), sources, unmappedFiles }
}

/**
 * Code that must not be in the JS before first paint, by the source files it was built from:
 * the chart library (it loads after the first paint of a view with a chart), the Sanity client
 * and the bundled dataset with its query engine (content comes with the page or by one fetch).
 */
export const notBeforeFirstPaint: Array<{ what: string; source: RegExp }> = [
  { what: 'chart library (recharts)', source: /node_modules\/(?:recharts|victory-vendor)\// },
  { what: 'Sanity client (@sanity/client)', source: /node_modules\/@sanity\/client\// },
  // Its URL (`?url`) is fine: the file is fetched, only when needed.
  { what: 'bundled dataset (production.ndjson)', source: /sanity\/dataset\/production\.ndjson(?!\?url)/ },
  { what: 'query engine of the bundled dataset (groq-js)', source: /node_modules\/groq-js\// },
]

/** Which of `notBeforeFirstPaint` the files hold, by their source maps and by content. */
export function forbiddenInitialCode(outDir: string, files: AssetSize[], root: string = process.cwd()): string[] {
  const found = new Set<string>()
  const { sources } = packagesOf(outDir, files, root)
  for (const { what, source } of notBeforeFirstPaint) {
    if ([...sources].some((path) => source.test(path))) found.add(what)
  }
  for (const asset of files) {
    const path = join(outDir, asset.file)
    if (asset.file.endsWith('.ndjson')) found.add('bundled dataset (production.ndjson)')
    if (looksLikeRecharts(readFileSync(path, 'utf8'))) found.add('chart library (recharts)')
  }
  return [...found]
}

export function kib(bytes: number, digits = 1): string {
  return (bytes / 1024).toFixed(digits)
}
