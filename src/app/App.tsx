import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useRoutes } from 'react-router'
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
  return useRoutes(routes)
}
