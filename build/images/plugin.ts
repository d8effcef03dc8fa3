import { join } from 'node:path'
import type { Plugin } from 'vite'
import { variantFolder } from '../../src/content/images/variantName.ts'
import { MissingOriginalError, renderVariant, writeVariants } from './variants.ts'

const contentTypes: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
}

/**
 * The bundled dataset's images (see build/images/variants.ts): the dev server makes each variant
 * when it is asked for; `vite build` makes, after prerendering, every variant the pages ask for.
 * With Sanity, the pages ask for none (its CDN serves them) and this does nothing.
 */
export function imageVariants(): Plugin {
  let cacheDir = ''
  return {
    name: 'arsberattelse:image-variants',
    configResolved(config) {
      cacheDir = join(config.cacheDir, 'image-variants')
    },
    configureServer(server) {
      const prefix = `${server.config.base}${variantFolder}`
      server.middlewares.use(async (request, response, next) => {
        const path = request.url?.split('?')[0] ?? ''
        if (!path.startsWith(prefix)) return next()
        const name = path.slice(prefix.length)
        try {
          const bytes = await renderVariant(name, { cacheDir })
          response.setHeader('Content-Type', contentTypes[name.split('.').pop()!] ?? 'application/octet-stream')
          response.end(bytes)
        } catch (error) {
          if (error instanceof MissingOriginalError || /is not the name/.test(String(error))) {
            response.statusCode = 404
            response.end(String((error as Error).message))
            return
          }
          next(error)
        }
      })
    },
    buildApp: {
      // After the prerendering (build/prerender.ts), which writes the pages this reads.
      order: 'post',
      async handler(builder) {
        const client = builder.environments.client
        if (!client) return
        const outDir = join(builder.config.root, client.config.build.outDir)
        const started = performance.now()
        const { written, missing } = await writeVariants(outDir, { cacheDir })
        const logger = builder.config.logger
        if (written > 0) {
          logger.info(`[images] ${written} image variant(s) in ${Math.round(performance.now() - started)} ms`)
        }
        for (const { asset, pages } of missing) {
          logger.warn(`[images] ${asset}: its pictures are left out of ${pages.join(', ')}`)
        }
      },
    },
  }
}
