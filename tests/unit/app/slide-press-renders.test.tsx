import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { App } from '../../../src/app/App'
import { AppBrowserRouter } from '../../../src/app/navigation/AppBrowserRouter'
import {
  navigationHelpDismissedKey,
  navigationHelpDismissedValue,
} from '../../../src/features/navigation-help/preference'
import type * as FooterModule from '../../../src/features/footer'
import { bundledSource } from '../../support/render-app'

// How often the page's frame (the footer stands for it: header, years, areas and footer are
// rendered together) is rendered.
const frameRenders = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../src/features/footer', async (importOriginal) => {
  const original = await importOriginal<typeof FooterModule>()
  return {
    ...original,
    SiteFooter: (props: Parameters<typeof original.SiteFooter>[0]) => {
      frameRenders.count += 1
      return original.SiteFooter(props)
    },
  }
})

afterEach(() => window.history.replaceState(null, '', '/'))

/*
 * A press of → shows the next slide at once and names its address at once; the rest of the page
 * (its frame: the header, the years, the areas, the footer) follows the address as a transition.
 * The press itself must not render the frame: on a slow phone that is what stands between the
 * press and the frame that shows the next slide.
 */
describe('a slide press with the browser’s router', () => {
  test('renders the page’s frame once, for the new address, not also for the address on its way', async () => {
    window.localStorage.setItem(navigationHelpDismissedKey, navigationHelpDismissedValue)
    window.history.replaceState(null, '', '/2018/halso-och-sjukvard')
    const user = userEvent.setup()
    render(
      <AppBrowserRouter>
        <App
          queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
          source={bundledSource()}
        />
      </AppBrowserRouter>,
    )
    await screen.findByText(/^1 av \d+$/)
    frameRenders.count = 0
    await user.keyboard('{ArrowRight}')
    await screen.findByText(/^2 av \d+$/)
    expect(window.location.pathname).toMatch(/^\/2018\/halso-och-sjukvard\/[\w-]+$/)
    expect(frameRenders.count).toBe(1)
  })
})
