import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { MemoryRouter, useLocation } from 'react-router'
import { App } from '../../../src/app/App'
import { createBundledSource } from '../../../src/content/sources/bundled'
import type { ContentSource, QueryParams } from '../../../src/content/sources'
import {
  navigationHelpDismissedKey,
  navigationHelpDismissedValue,
} from '../../../src/features/navigation-help/preference'
import { readDatasetText } from '../../support/dataset'

/** A dataset document as free-form JSON, which the tests reshape at will. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field of any document, at any depth
type LooseDocument = Record<string, any>

/** The bundled dataset's documents changed by `change` (one document per line). */
export function changedDatasetSource(change: (doc: LooseDocument) => void): ContentSource {
  const text = readDatasetText()
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line
      const doc = JSON.parse(line) as LooseDocument
      change(doc)
      return JSON.stringify(doc)
    })
    .join('\n')
  return createBundledSource(async () => text)
}

/** A source that records every query it answers, to count requests. */
export function countingSource(
  inner: ContentSource,
): ContentSource & { calls: { query: string; params: QueryParams }[] } {
  const calls: { query: string; params: QueryParams }[] = []
  return {
    name: inner.name,
    ...(inner.perspective ? { perspective: inner.perspective } : {}),
    calls,
    fetch<Result>(query: string, params: QueryParams) {
      calls.push({ query, params })
      return inner.fetch<Result>(query, params)
    },
  }
}

function LocationProbe() {
  const { pathname } = useLocation()
  return <output data-testid="location">{pathname}</output>
}

/** Like `renderApp`, with the router's current path readable from `screen.getByTestId('location')`. */
export function renderAppWithLocation(path: string, source: ContentSource) {
  window.localStorage.setItem(navigationHelpDismissedKey, navigationHelpDismissedValue)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={queryClient} source={source} />
      <LocationProbe />
    </MemoryRouter>,
  )
}

/** The statistic's own tools: the row named "Data och delning". */
export const toolsName = 'Data och delning'

export const nbsp = '\u00a0'
