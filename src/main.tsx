import { hydrate } from '@tanstack/react-query'
import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/App'
import { AppBrowserRouter } from './app/navigation/AppBrowserRouter'
import { removeHeadTags } from './app/PageMeta'
import { isRenderedPath, readPrerenderedState, receivedNow } from './app/prerenderState'
import { createAppQueryClient } from './app/queryClient'
import { isRouteLoaded, loadRoute } from './app/routes'
import { contentSource } from './content/sources'
import { loadImageFigure } from './content/images/ImageFigure'
import './styles/global.css'
import './styles/images.css'

// The app starts in a task of its own, after the one that evaluates the start-up JS (React, the
// router, React Query): that evaluation cannot be interrupted, and the app's first steps (reading
// the page's content, matching the route, creating React's root) made it long enough to hold up
// a reader's tap on the page that is already there.
setTimeout(startApp, 0)

function startApp() {
  const queryClient = createAppQueryClient()
  // In the Studio's Presentation tool, the content changes as the editor types: ask again.
  const source = contentSource({ onChange: () => void queryClient.invalidateQueries() })
  const pathname = window.location.pathname

  // A prerendered page carries the content it was rendered with: no need to ask for it again.
  const prerendered = readPrerenderedState(document)
  if (prerendered) hydrate(queryClient, receivedNow(prerendered.queries))

  // Start the content request now, in parallel with React's first render (nothing to do when the
  // page brought its content).
  void loadRoute(queryClient, source, pathname)

  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element.')

  const app = (
    <StrictMode>
      <AppBrowserRouter>
        <App queryClient={queryClient} source={source} />
      </AppBrowserRouter>
    </StrictMode>
  )

  // Take over the prerendered HTML only where it shows this very page with this content; anywhere
  // else (the dev server, a fallback page served for another address, an editor's drafts
  // preview) render afresh.
  function start(root: HTMLElement) {
    if (
      prerendered &&
      root.firstChild &&
      isRenderedPath(prerendered.path, pathname) &&
      isRouteLoaded(queryClient, source, pathname)
    ) {
      // As a transition, React takes the page over in slices of a few milliseconds and answers a
      // reader's tap in between, instead of holding the main thread for the whole page; the page is
      // readable all along, since it is already there.
      startTransition(() => {
        hydrateRoot(root, app, {
          onRecoverableError(error, info) {
            console.error('Recoverable error while hydrating the prerendered page:', error, info.componentStack ?? '')
          },
        })
      })
    } else {
      removeHeadTags(document)
      createRoot(root).render(app)
    }
  }

  // A page with images is taken over once their code is there (see content/images/ImageFigure.tsx).
  if (root.querySelector('figure.content-image')) {
    const begin = () => start(root)
    loadImageFigure().then(begin, begin)
  } else start(root)
}
