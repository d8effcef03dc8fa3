import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react'
import { useLocation, useNavigate, useRoutes } from 'react-router'
import { mayBeNearMiss } from './address/mayRedirect'
import { ContentSourceProvider } from '../content/ContentSourceContext'
import type { ContentSource } from '../content/sources'
import { inPresentation } from '../content/sources/presentationContext'
import { VisualEditing } from '../features/preview'
import { routes } from './routes'

/** The whole app below a router; the browser entry and tests each supply router, client and source. */
export function App({ queryClient, source }: { queryClient: QueryClient; source: ContentSource }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ContentSourceProvider source={source}>
        <AppRoutes />
      </ContentSourceProvider>
    </QueryClientProvider>
  )
}

function AppRoutes() {
  // The prerendered page is readable from the start, but its buttons work only once the app has
  // taken it over: `<html data-app="ready">` says so (for styles, and for tests that act on it).
  useEffect(() => {
    document.documentElement.dataset.app = 'ready'
  }, [])
  const element = useRoutes(routes)
  return (
    <>
      {element}
      <AfterStart />
    </>
  )
}

/**
 * What only the browser shows, once the page has been taken over. A leaf of its own: the switch
 * from the server's answer to the browser's is a synchronous re-render (React forces one when an
 * external store's snapshot differs from the one hydrated with), and here it re-renders this
 * component alone, not the whole page with every part still waiting to be taken over.
 */
function AfterStart() {
  // False in the server render and while hydrating it, true from then on.
  const started = useSyncExternalStore(subscribeToNothing, startedOnClient, notStartedOnServer)
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  return (
    <>
      {/* A near miss of a page's address (a trailing slash, a tracking parameter) shows the page;
          once the app has started, the address becomes the page's own (code loaded only then). */}
      {started && mayBeNearMiss(location) ? (
        <Suspense fallback={null}>
          <CanonicalRedirect />
        </Suspense>
      ) : null}
      {/* In the Studio's Presentation tool only: its overlays and history (code loaded only there). */}
      {started && inPresentation() ? (
        <Suspense fallback={null}>
          {/* What the overlays need of the app comes as props: their chunk shares no code with the start. */}
          <VisualEditing
            location={location}
            navigate={navigate}
            refresh={() => queryClient.invalidateQueries()}
            queryClient={queryClient}
          />
        </Suspense>
      ) : null}
    </>
  )
}

const CanonicalRedirect = lazy(() => import('./address/CanonicalRedirect'))

const subscribeToNothing = () => () => {}
const startedOnClient = () => true
const notStartedOnServer = () => false
