import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { ContentSource } from '../../../src/content/sources'
import { bundledSource, renderApp } from '../../support/render-app'

test('an editor’s drafts preview says so on the page; readers see no such notice', async () => {
  const bundled = bundledSource()
  const drafts: ContentSource = { name: 'sanity', perspective: 'drafts', fetch: bundled.fetch }
  const { unmount } = renderApp('/2018/halso-och-sjukvard', drafts)
  expect(await screen.findByText('Förhandsvisning: du ser opublicerade ändringar.')).toHaveAttribute('role', 'status')
  unmount()
  renderApp('/2018/halso-och-sjukvard')
  await screen.findByRole('heading', { level: 1, name: 'Hälso- och sjukvård' })
  expect(screen.queryByText('Förhandsvisning: du ser opublicerade ändringar.')).not.toBeInTheDocument()
})

test('when the browser did not send the editor’s session, the page says plainly that it is no preview', async () => {
  const bundled = bundledSource()
  const withoutSession: ContentSource = {
    name: 'sanity',
    perspective: 'drafts',
    fetch: bundled.fetch,
    hasSession: async () => false,
  }
  const { unmount } = renderApp('/2018/halso-och-sjukvard', withoutSession)
  expect(await screen.findByRole('alert')).toHaveTextContent(/^Ingen förhandsvisning: .*bara publicerat innehåll/)
  expect(screen.queryByText('Förhandsvisning: du ser opublicerade ändringar.')).not.toBeInTheDocument()
  unmount()
  renderApp('/2018/halso-och-sjukvard', { ...withoutSession, hasSession: async () => true })
  expect(await screen.findByText('Förhandsvisning: du ser opublicerade ändringar.')).toHaveAttribute('role', 'status')
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})
