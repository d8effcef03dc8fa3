import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { App } from '../../src/app/App'
import { createBundledSource } from '../../src/content/sources/bundled'
import type { ContentSource } from '../../src/content/sources'
import { navigationHelpDismissedKey, navigationHelpDismissedValue } from '../../src/features/navigation-help/preference'
import { readDatasetText } from './dataset'

export const bundledSource = (): ContentSource => createBundledSource(async () => readDatasetText())

/**
 * Renders the whole app at a path, as the browser entry does, with a test's own source, as a
 * returning reader (the navigation help is the subject of its own tests).
 */
export function renderApp(path: string, source: ContentSource = bundledSource()) {
  window.localStorage.setItem(navigationHelpDismissedKey, navigationHelpDismissedValue)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const result = render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={queryClient} source={source} />
    </MemoryRouter>,
  )
  return { ...result, queryClient }
}
