import { QueryClient } from '@tanstack/react-query'

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A reader who comes back to the tab expects the same page, not a flash of new content.
        refetchOnWindowFocus: false,
        retry: 2,
      },
    },
  })
}
