import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { browserNotice } from './build/browserNotice.ts'
import { chartChunks } from './build/chartChunks.ts'
import { contentFiles } from './build/contentFiles.ts'
import { deferredStart } from './build/deferredStart.ts'
import { prerender } from './build/prerender.ts'
import { startChunk } from './build/startChunk.ts'
import { imageVariants } from './build/images/plugin.ts'

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig(({ command }) => {
  const start = startChunk()
  const charts = chartChunks(start)
  return {
    plugins: [react(), start, charts, browserNotice(), deferredStart(), prerender(), contentFiles(), imageVariants()],
    resolve: {
      alias: [
        // recharts' store subscriptions re-render as transitions: see the module's comment.
        {
          find: /^use-sync-external-store\/shim\/with-selector(?:\.js)?$/,
          replacement: fromHere('./src/features/charts/deferredStoreSelector.ts'),
        },
        // react-router's package exports only its development build, which keeps its warnings
        // (about 0.5 KiB gzip of the start-up JS); the production build beside it has them off.
        // The dev server and the tests keep the warnings.
        ...(command === 'build'
          ? [{ find: /^react-router$/, replacement: fromHere('./node_modules/react-router/dist/production/index.mjs') }]
          : []),
      ],
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    // Every browser the build targets knows <link rel="modulepreload">: no polyfill for it.
    build: {
      target: 'es2022',
      // recharts' two chunks are fetched together: see build/chartChunks.ts.
      modulePreload: { polyfill: false, resolveDependencies: (file, deps) => charts.preloadWithLoader(file, deps) },
      rolldownOptions: {
        output: {
          // What every page starts with, in one chunk: see build/startChunk.ts.
          // recharts' store, evaluated in a task before its components: see build/chartChunks.ts.
          advancedChunks: {
            groups: [
              { name: 'start', test: start.isStartModule },
              { name: 'recharts-store', test: charts.isStoreModule },
            ],
          },
        },
      },
    },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'node', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            include: ['tests/unit/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['tests/support/setup-dom.ts'],
            // recharts' ES modules, through Vite, as the app gets them: the alias above applies
            // to them (its CommonJS build would `require()` the original module).
            alias: [{ find: /^recharts$/, replacement: 'recharts/es6/index.js' }],
            server: { deps: { inline: ['recharts'] } },
          },
        },
      ],
    },
  }
})
