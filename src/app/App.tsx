import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Navigate, useLocation, useRoutes } from 'react-router'
import { canonicalAddress } from './address/canonicalAddress'
import { ContentSourceProvider } from '../content/ContentSourceContext'
import type { ContentSource } from '../content/sources'
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
  const location = useLocation()
  const element = useRoutes(routes)
  // A near miss of a page's address (case, a trailing slash, index.html, a tracking parameter)
  // is that page, at its one canonical address.
  const canonical = canonicalAddress(location)
  if (canonical !== null) return <Navigate replace to={canonical} state={location.state as unknown} />
  return element
}
