import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import { App } from './app/App'
import { headHtml, type PageMetaData } from './app/pageMeta'
import { PageMetaCollectorContext } from './app/PageMeta'
import { stateScript } from './app/prerenderState'
import { keepWhatThePageShows } from './app/prerenderScope'
import { loadRoute } from './app/routes'
import { loadImageFigure } from './content/images/ImageFigure'
import { ImagePreloadCollectorContext } from './content/images/imagePreload'
import { imagePreloads } from './content/images/imagePreloadHtml'
import type { ContentSource } from './content/sources/types'

/*
 * The app rendered to HTML at build time (see build/prerender.ts). Nothing here or below it
 * reads `window`, `document` or storage while rendering.
 */

export { createAppQueryClient } from './app/queryClient'
export { reportQueryOptions, reviewReportPage } from './content/report'
export { reportQuery } from './content/queries'
export { accessibilityStatementQueryOptions } from './content/accessibilityStatement'
// The build's data files and link-preview images, from the code behind the downloads.
export { loadDataFiles } from './features/data'
export { loadStatisticImage } from './features/charts'

export interface RenderOptions {
  /** A fresh client per page: whatever it holds ends up in the page. */
  queryClient: QueryClient
  source: ContentSource
}

export interface RenderResult {
  /** The app's markup, for <div id="root">. */
  html: string
  /**
   * <title>, description, canonical link, Open Graph and Twitter tags, and the preloads of images
   * in the first screen of some screens (content/images/imagePreload.ts), for <head>.
   */
  head: string
  /** The content the page was rendered with. */
  dehydratedState: DehydratedState
  /** The same, as the <script> the browser entry reads. */
  stateScript: string
  /** 200, 404 for the not-found view, 500 when the page could not be rendered. */
  status: number
  meta: PageMetaData | null
}

/**
 * Renders the page at `url` as the browser entry would (same tree, same route loader and query
 * options), after loading its content into `queryClient`.
 */
export async function render(url: string, { queryClient, source }: RenderOptions): Promise<RenderResult> {
  const pathname = new URL(url, 'http://prerender.invalid').pathname
  // The image code is loaded on demand in the browser; here it must be there before rendering,
  // or the page would hold the placeholder instead of the image.
  await Promise.all([loadRoute(queryClient, source, pathname), loadImageFigure()])
  keepWhatThePageShows(queryClient, pathname)

  let meta: PageMetaData | null = null
  const preloads = imagePreloads()
  const errors: unknown[] = []
  // `prerender` waits for anything that suspends, so the HTML is always complete. The content
  // is already loaded above, so normally nothing does.
  const { prelude } = await prerender(
    <PageMetaCollectorContext.Provider value={(collected) => (meta = collected)}>
      <ImagePreloadCollectorContext.Provider value={preloads.collect}>
        <StrictMode>
          <StaticRouter location={url}>
            <App queryClient={queryClient} source={source} />
          </StaticRouter>
        </StrictMode>
      </ImagePreloadCollectorContext.Provider>
    </PageMetaCollectorContext.Provider>,
    {
      onError: (error) => void errors.push(error),
      // Every Suspense boundary in place: past 12.8 kB of page React would otherwise send a
      // boundary (an image's) as a fallback plus a hidden copy and an inline script to swap them,
      // which the Content-Security-Policy does not allow and hydration does not expect.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  )
  const html = await new Response(prelude).text()
  const dehydratedState = dehydrate(queryClient)
  const found = meta as PageMetaData | null
  const failed = errors.length > 0 || !found
  if (errors.length > 0) console.error(`Prerendering ${url} failed:`, ...errors)
  return {
    html,
    head: found ? [headHtml(found), ...preloads.html()].join('\n    ') : '',
    dehydratedState,
    stateScript: stateScript({ path: pathname, queries: dehydratedState }),
    status: failed ? 500 : found.status,
    meta: found,
  }
}
