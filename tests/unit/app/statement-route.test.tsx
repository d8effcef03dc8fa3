import { screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { createAppQueryClient } from '../../../src/app/queryClient'
import { isRouteLoaded, loadRoute } from '../../../src/app/routes'
import type { ContentSource } from '../../../src/content/sources'
import { bundledSource, renderApp } from '../../support/render-app'

/** A source that records the queries asked of it. */
function recording(): { source: ContentSource; asked: string[] } {
  const inner = bundledSource()
  const asked: string[] = []
  return {
    asked,
    source: {
      name: inner.name,
      fetch: (query, params) => {
        asked.push(
          query.includes('_type == "accessibilityStatement"') && !query.includes('"report"') ? 'statement' : 'report',
        )
        return inner.fetch(query, params)
      },
    },
  }
}

describe('the accessibility statement’s route', () => {
  test('asks for the statement with its page, and only there', async () => {
    const statementPage = recording()
    const client = createAppQueryClient()
    expect(isRouteLoaded(client, statementPage.source, '/tillganglighet')).toBe(false)
    await loadRoute(client, statementPage.source, '/tillganglighet')
    expect(statementPage.asked.sort()).toEqual(['report', 'statement'])
    expect(isRouteLoaded(client, statementPage.source, '/tillganglighet')).toBe(true)

    const areaPage = recording()
    await loadRoute(createAppQueryClient(), areaPage.source, '/2018/halso-och-sjukvard/lattlast')
    expect(areaPage.asked).toEqual(['report'])
  })

  test('renders the statement with the site’s footer', async () => {
    renderApp('/tillganglighet')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse för årsberättelsen' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Tillsyn' })).toBeInTheDocument()
  })
})
