import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type * as CsvLoader from '../../../src/features/data/csvLoader'
import { renderApp } from '../../support/render-app'
import { toolsName } from './support'

// The CSV's code, as the tools fetch it ahead of a press.
const loadCsvDownload = vi.hoisted(() => vi.fn(() => new Promise<never>(() => {})))
vi.mock('../../../src/features/data/csvLoader', async (importOriginal) => ({
  ...(await importOriginal<typeof CsvLoader>()),
  loadCsvDownload,
}))

// The browser's idle callbacks, run when the test says the browser is idle.
let idle: Array<() => void> = []
beforeEach(() => {
  idle = []
  loadCsvDownload.mockClear()
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task))
  vi.stubGlobal('cancelIdleCallback', () => {})
})
afterEach(() => {
  // Unmount (which cancels what is still waiting) while the stubs are there.
  cleanup()
  vi.unstubAllGlobals()
})

test('the CSV’s code is fetched when the browser is idle, not while the statistic comes to life', async () => {
  renderApp('/2018/halso-och-sjukvard/besok')
  const tools = within(await screen.findByRole('group', { name: toolsName }))
  expect(tools.getByRole('button', { name: /CSV/ })).toBeInTheDocument()
  // Mounted and its effects run (they have asked for idle time), and nothing fetched yet.
  await waitFor(() => expect(idle.length).toBeGreaterThan(0))
  await new Promise((resolve) => setTimeout(resolve, 100))
  expect(loadCsvDownload).not.toHaveBeenCalled()
  // The browser is idle: the code is fetched.
  await waitFor(() => {
    act(() => {
      for (const task of idle.splice(0)) task()
    })
    expect(loadCsvDownload).toHaveBeenCalled()
  })
})
