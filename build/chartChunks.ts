import type { Plugin } from 'vite'
import type { startChunk } from './startChunk.ts'

const LOADER = '/src/features/charts/rechartsLoader.ts'
const CHART = '/src/features/charts/RechartsChart.tsx'
const STORE = '/node_modules/recharts/es6/state/store.js'
// recharts' components share react-is with the Presentation tool's UI (styled-components).
const SHARED = '/node_modules/react-is/index.js'

/**
 * recharts as two chunks that the browser evaluates in two tasks (see
 * src/features/charts/rechartsLoader.ts): `recharts-store` holds the loader and everything
 * recharts' store imports (Redux Toolkit, Immer, the slices and selectors, d3's scales), and
 * `RechartsChart` the components. Without the group, Rolldown puts the modules the two share
 * into the chart's chunk, and loading the store evaluates all of recharts at once.
 *
 * The group also takes react-is, which recharts' components share with the Presentation tool's
 * UI: Rolldown had put it in that tool's chunk, and every chart a reader saw evaluated the
 * whole of the Sanity UI and its themes (about 30 ms on a fast desktop) to get it.
 *
 * `preloadWithLoader` makes the loader's dynamic import preload the chart's chunk too, so both
 * files are fetched at once and the second import costs no round trip.
 */
export function chartChunks(start: ReturnType<typeof startChunk>): Plugin & {
  isStoreModule: (id: string) => boolean
  preloadWithLoader: (file: string, deps: string[]) => string[]
} {
  let closure: Set<string> | undefined
  let loaderFile: string | undefined
  let chartFiles: string[] = []

  const isStoreModule = (id: string): boolean => {
    // The loader, recharts' store module, react-is, and every module they import statically
    // (the start's module graph, which that plugin records).
    closure ??= start.closureOf((id) => id.endsWith(LOADER) || id.endsWith(STORE) || id.endsWith(SHARED))
    return closure.has(id) && !start.isStartModule(id)
  }

  return {
    name: 'arsberattelse:chart-chunks',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      closure = undefined
      loaderFile = undefined
      chartFiles = []
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        // (Not what every page has loaded already: the start.)
        if (output.facadeModuleId?.endsWith(CHART))
          chartFiles = [output.fileName, ...output.imports.filter((file) => !isStartChunk(bundle[file]))]
        if (output.moduleIds.some((id) => id.endsWith(LOADER))) loaderFile = output.fileName
      }
    },
    isStoreModule,
    preloadWithLoader(file, deps) {
      if (file !== loaderFile) return deps
      return [...new Set([...deps, ...chartFiles])]
    },
  }
}

const isStartChunk = (output: unknown) =>
  typeof output === 'object' && output !== null && 'name' in output && output.name === 'start'
