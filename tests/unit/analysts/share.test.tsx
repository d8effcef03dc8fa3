import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { renderApp } from '../../support/render-app'
import { toolsName } from './support'

const besok = '/2018/halso-och-sjukvard/besok'
const canonical = () => `${window.location.origin}/2018/halso-och-sjukvard/besok`

async function tools() {
  return within(await screen.findByRole('group', { name: toolsName }))
}

/** The live region of the statistic's tools. */
function liveRegion() {
  const region = document.querySelector('.statistic-tools > [aria-live="polite"]')
  if (!region) throw new Error('no live region')
  return region as HTMLElement
}

function setNavigator<K extends 'clipboard' | 'share'>(name: K, value: unknown) {
  Object.defineProperty(window.navigator, name, { value, configurable: true, writable: true })
}

afterEach(() => {
  // Back to what jsdom has: no clipboard (user-event adds its own per setup) and no share.
  Reflect.deleteProperty(window.navigator, 'share')
  vi.restoreAllMocks()
})

describe('“Kopiera länk”', () => {
  test('writes the statistic’s canonical URL to the clipboard and says so politely', async () => {
    const user = userEvent.setup()
    renderApp(besok)
    const row = await tools()
    expect(liveRegion().textContent).toBe('')
    await user.click(row.getByRole('button', { name: 'Kopiera länk' }))
    expect(await navigator.clipboard.readText()).toBe(canonical())
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Länken är kopierad'))
  })

  test('the foreground statistic, reached at the area’s address, is copied at its own address', async () => {
    const user = userEvent.setup()
    renderApp('/2018/halso-och-sjukvard')
    await user.click((await tools()).getByRole('button', { name: 'Kopiera länk' }))
    expect(await navigator.clipboard.readText()).toBe(canonical())
  })

  test('without the Clipboard API the link appears in a read-only field, selected, and the reader is told', async () => {
    const user = userEvent.setup()
    setNavigator('clipboard', undefined)
    renderApp(besok)
    await user.click((await tools()).getByRole('button', { name: 'Kopiera länk' }))
    const field = await screen.findByRole('textbox', { name: 'Länk till statistiken' })
    expect(field).toHaveValue(canonical())
    expect(field).toHaveAttribute('readonly')
    // Selected right after it appears.
    await waitFor(() => expect(field).toHaveFocus())
    const input = field as HTMLInputElement
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, canonical().length])
    expect(liveRegion()).toHaveTextContent('Länken är markerad i rutan nedan. Kopiera den därifrån.')
  })

  test('a clipboard that refuses (no permission) falls back the same way', async () => {
    const user = userEvent.setup()
    setNavigator('clipboard', { writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) })
    renderApp(besok)
    await user.click((await tools()).getByRole('button', { name: 'Kopiera länk' }))
    expect(await screen.findByRole('textbox', { name: 'Länk till statistiken' })).toHaveValue(canonical())
  })
})

describe('“Dela” (Web Share API)', () => {
  test('is absent where the browser has no navigator.share', async () => {
    expect('share' in navigator).toBe(false)
    renderApp(besok)
    const row = await tools()
    expect(row.getByRole('button', { name: 'Kopiera länk' })).toBeInTheDocument()
    expect(row.queryByRole('button', { name: 'Dela' })).not.toBeInTheDocument()
  })

  test('where it exists, shares the title, the sentence and the canonical URL', async () => {
    const share = vi.fn().mockResolvedValue(undefined)
    setNavigator('share', share)
    const user = userEvent.setup()
    renderApp(besok)
    await user.click(await screen.findByRole('button', { name: 'Dela' }))
    expect(share).toHaveBeenCalledTimes(1)
    const data = share.mock.calls[0]![0] as ShareData
    expect(data.url).toBe(canonical())
    expect(data.title).toBe('Besök i hälso- och sjukvården – Årsberättelse 2018')
    expect(data.text).toMatch(/^Kronobergarna gjorde 1\u00a0037\u00a0034 besök i hälso- och sjukvården 2018\./)
  })

  test('a cancelled share (AbortError) is no error: nothing is said and no fallback appears', async () => {
    setNavigator('share', vi.fn().mockRejectedValue(new DOMException('cancelled', 'AbortError')))
    const user = userEvent.setup()
    renderApp(besok)
    await user.click(await screen.findByRole('button', { name: 'Dela' }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(liveRegion().textContent).toBe('')
    expect(screen.queryByRole('textbox', { name: 'Länk till statistiken' })).not.toBeInTheDocument()
  })

  test('a share that fails otherwise copies the link instead', async () => {
    setNavigator('share', vi.fn().mockRejectedValue(new DOMException('no', 'NotAllowedError')))
    const user = userEvent.setup()
    renderApp(besok)
    await user.click(await screen.findByRole('button', { name: 'Dela' }))
    await vi.waitFor(() => expect(liveRegion()).toHaveTextContent('Länken är kopierad'))
    expect(await navigator.clipboard.readText()).toBe(canonical())
  })
})
