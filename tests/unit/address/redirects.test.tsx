import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { MemoryRouter, useLocation } from 'react-router'
import { describe, expect, test } from 'vitest'
import { App } from '../../../src/app/App'
import type { ContentSource } from '../../../src/content/sources'
import {
  navigationHelpDismissedKey,
  navigationHelpDismissedValue,
} from '../../../src/features/navigation-help/preference'
import { changedDatasetSource } from '../analysts/support'
import { bundledSource } from '../../support/render-app'

function Address() {
  const { pathname, search, hash } = useLocation()
  return <output data-testid="address">{pathname + search + hash}</output>
}

function renderAt(path: string, source: ContentSource = bundledSource()) {
  window.localStorage.setItem(navigationHelpDismissedKey, navigationHelpDismissedValue)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <MemoryRouter initialEntries={[path]}>
      <App queryClient={queryClient} source={source} />
      <Address />
    </MemoryRouter>,
  )
}

const address = () => screen.getByTestId('address').textContent

describe('in the app, a near miss leads to the page (replacing the address)', () => {
  test.each([
    ['/2018/HALSO-OCH-SJUKVARD', '/2018/halso-och-sjukvard', 'Hälso- och sjukvård'],
    [
      '/2018/halso-och-sjukvard/BESOK-PER-PATIENT/?utm_source=nyhetsbrev',
      '/2018/halso-och-sjukvard/besok-per-patient',
      'Hälso- och sjukvård',
    ],
    ['/2018/kollektivtrafik/index.html?fbclid=abc', '/2018/kollektivtrafik', 'Kollektivtrafik'],
  ])('%s', async (from, to, heading) => {
    renderAt(from)
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
    expect(address()).toBe(to)
    expect(screen.queryByRole('heading', { name: 'Sidan finns inte' })).not.toBeInTheDocument()
  })
})

describe('in the app, an address of the previous site leads to the page that replaced it', () => {
  test.each([
    ['/arsberattelser/2018/?omrade=sjukvard', '/2018/halso-och-sjukvard', 'Hälso- och sjukvård'],
    ['/arsberattelser/2017/?omrade=reg_utv', '/2017/regional-utveckling', 'Regional utveckling'],
    // The economy home screen had no code: the report's first area.
    ['/arsberattelser/2018/?omrade=&level=1&dir=r&home=true', '/2018', 'Ekonomi'],
    [
      '/2019/02/28/utvecklingsstrategin-narmare-kronobergaren/?ar=2018&omrade=sjukvard&level=1&dir=r',
      '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
      'Utvecklingsstrategin Närmare kronobergaren',
    ],
    // Without the report year, the article is looked for in every report.
    [
      '/2018/03/12/krosatagstrafik-upphandlades/',
      '/2017/kollektivtrafik/artiklar/krosatagstrafik-upphandlades',
      'Krösatågstrafik upphandlades',
    ],
  ])('%s', async (from, to, heading) => {
    renderAt(from)
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument()
    expect(address()).toBe(to)
  })

  test('an old address whose page is gone is "not found"', async () => {
    renderAt('/2019/02/28/finns-inte/?ar=2018')
    expect(await screen.findByRole('heading', { name: 'Sidan finns inte' })).toBeInTheDocument()
    renderAt('/arsberattelser/1999/?omrade=sjukvard')
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'Sidan finns inte' })).toHaveLength(2))
  })

  test('the codes are the editors’: a code given in the Studio leads to its area', async () => {
    const source = changedDatasetSource((doc) => {
      if (doc._id === 'area-2018-kultur') doc.legacyCode = 'kultur'
    })
    renderAt('/arsberattelser/2018/?omrade=kultur', source)
    expect(await screen.findByRole('heading', { level: 1, name: 'Kultur' })).toBeInTheDocument()
    expect(address()).toBe('/2018/kultur')
  })
})
