import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { reportQuery } from '../../../src/content/queries'
import { toReportPage, type ReportPage } from '../../../src/content/report'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { navigationHelpDismissedKey } from '../../../src/features/navigation-help/preference'
import { bundledSource } from '../../support/render-app'

let page: ReportPage
beforeAll(async () => {
  page = toReportPage(await bundledSource().fetch<ReportQueryResult>(reportQuery, { year: 2018 }))
  if (!page.navigationHelp) throw new Error('The sample dataset has no navigation help.')
})

const title = 'Såhär navigerar du i årsberättelsen'
const dontShowAgain = 'Visa inte den här rutan igen'

/**
 * A new page load: the component module is evaluated afresh (it opens the help by itself at
 * most once per page load), while localStorage, like the browser's, stays as it was.
 */
async function loadPage() {
  vi.resetModules()
  const { NavigationHelp } = await import('../../../src/features/navigation-help/NavigationHelp')
  const view = render(<NavigationHelp help={page.navigationHelp} texts={page.siteTexts} />)
  return { ...view, NavigationHelp }
}

const helpButton = () => screen.getByRole('button', { name: 'Hjälp' })
const dialogElement = () => document.querySelector('dialog')!
const isOpen = () => dialogElement().hasAttribute('open')
/** The dialog's code loads on demand: it opens once that has arrived. */
const shown = () => screen.findByRole('dialog', { name: title })

beforeEach(() => window.localStorage.clear())

describe('NavigationHelp', () => {
  test('renders nothing without help content', async () => {
    const { NavigationHelp } = await import('../../../src/features/navigation-help/NavigationHelp')
    const { container } = render(<NavigationHelp help={null} texts={page.siteTexts} />)
    expect(container).toBeEmptyDOMElement()
  })

  test('a server render shows the button and a closed dialog, and does not read storage', async () => {
    vi.resetModules()
    const { NavigationHelp } = await import('../../../src/features/navigation-help/NavigationHelp')
    const getItem = vi.spyOn(Storage.prototype, 'getItem')
    try {
      const html = renderToString(<NavigationHelp help={page.navigationHelp} texts={page.siteTexts} />)
      expect(html).toMatch(/<button[^>]*>.*Hjälp<\/span><\/button>/)
      expect(html).toMatch(/<dialog [^>]*class="dialog navigation-help"/)
      expect(html).not.toMatch(/<dialog [^>]*\bopen\b/)
      // Like every dialog, its content is built when it opens.
      expect(html).not.toContain(title)
      expect(getItem).not.toHaveBeenCalled()
    } finally {
      getItem.mockRestore()
    }
  })

  test("a reader's first visit opens the dialog, with the CMS's title, intro, items and the checkbox", async () => {
    await loadPage()
    const dialog = await shown()
    expect(isOpen()).toBe(true)
    expect(dialog).toBe(dialogElement())
    const help = page.navigationHelp!
    expect(within(dialog).getByRole('heading', { name: title })).toBeInTheDocument()
    expect(dialog).toHaveTextContent(help.intro!)
    const items = within(dialog).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(help.items.map((item) => item.text))
    // Each item has its icon, hidden from assistive technology.
    for (const item of items) expect(item.querySelector('svg[aria-hidden="true"]')).not.toBeNull()
    expect(within(dialog).getByRole('checkbox', { name: dontShowAgain })).not.toBeChecked()
    expect(within(dialog).getByRole('button', { name: 'Stäng' })).toHaveTextContent('×')
    // Focus starts inside the dialog, on its first focusable element.
    expect(within(dialog).getByRole('button', { name: 'Stäng' })).toHaveFocus()
  })

  test('the help button has a name, an icon and opens with aria-haspopup', async () => {
    await loadPage()
    const button = helpButton()
    expect(button).toHaveAttribute('aria-haspopup', 'dialog')
    expect(button.querySelector('svg[aria-hidden="true"]')).not.toBeNull()
  })

  test('its dialog is not in the start: a press before the code is there marks the button busy, and the dialog opens when it arrives', async () => {
    window.localStorage.setItem(navigationHelpDismissedKey, 'true')
    await loadPage()
    // Nothing loaded yet: the closed placeholder, as on the server.
    expect(isOpen()).toBe(false)
    expect(helpButton()).not.toHaveAttribute('aria-busy')
    fireEvent.click(helpButton())
    expect(helpButton()).toHaveAttribute('aria-busy', 'true')
    const dialog = await shown()
    expect(dialog).toHaveAttribute('open')
    expect(helpButton()).not.toHaveAttribute('aria-busy')
    expect(within(dialog).getByRole('button', { name: 'Stäng' })).toHaveFocus()
  })

  test('"don\'t show again" + close is remembered: the next page load does not open it', async () => {
    const user = userEvent.setup()
    const first = await loadPage()
    await shown()
    await user.click(screen.getByRole('checkbox', { name: dontShowAgain }))
    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(isOpen()).toBe(false)
    expect(window.localStorage.getItem(navigationHelpDismissedKey)).toBe('true')
    first.unmount()

    await loadPage()
    expect(isOpen()).toBe(false)
    expect(helpButton()).toBeInTheDocument()
  })

  test('the help button reopens it; unchecking and closing forgets the choice', async () => {
    const user = userEvent.setup()
    window.localStorage.setItem(navigationHelpDismissedKey, 'true')
    const first = await loadPage()
    expect(isOpen()).toBe(false)

    await user.click(helpButton())
    await shown()
    expect(isOpen()).toBe(true)
    const checkbox = screen.getByRole('checkbox', { name: dontShowAgain })
    expect(checkbox).toBeChecked()
    await user.click(checkbox)
    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(window.localStorage.getItem(navigationHelpDismissedKey)).toBeNull()
    first.unmount()

    await loadPage()
    await shown()
    expect(isOpen()).toBe(true)
  })

  test('Esc closes it and focus returns to the help button', async () => {
    const user = userEvent.setup()
    await loadPage()
    await shown()
    // Opened by itself: nothing had focus, so focus goes to the button that reopens it.
    await user.keyboard('{Escape}')
    expect(isOpen()).toBe(false)
    expect(helpButton()).toHaveFocus()

    await user.click(helpButton())
    await shown()
    expect(isOpen()).toBe(true)
    expect(screen.getByRole('button', { name: 'Stäng' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(isOpen()).toBe(false)
    expect(helpButton()).toHaveFocus()
    // Closing without ticking the box remembers nothing.
    expect(window.localStorage.getItem(navigationHelpDismissedKey)).toBeNull()
  })

  test('× closes it and focus returns to the help button', async () => {
    const user = userEvent.setup()
    await loadPage()
    await shown()
    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(isOpen()).toBe(false)
    expect(helpButton()).toHaveFocus()

    await user.click(helpButton())
    await shown()
    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(isOpen()).toBe(false)
    expect(helpButton()).toHaveFocus()
  })

  test('a press and release on the backdrop closes it; a click inside it, or a selection dragged out, does not', async () => {
    await loadPage()
    const dialog = await shown()
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 100, y: 100, width: 300, height: 400 }),
    )
    const heading = screen.getByRole('heading', { name: title })
    fireEvent.pointerDown(heading, { clientX: 150, clientY: 120 })
    fireEvent.click(heading, { clientX: 150, clientY: 120 })
    // The dialog's own padding or scrollbar: the target is the dialog, but inside its box.
    fireEvent.pointerDown(dialog, { clientX: 395, clientY: 300 })
    fireEvent.click(dialog, { clientX: 395, clientY: 300 })
    expect(isOpen()).toBe(true)
    // Text selected from the heading out onto the backdrop: the click goes to the dialog.
    fireEvent.pointerDown(heading, { clientX: 150, clientY: 120 })
    fireEvent.click(dialog, { clientX: 20, clientY: 20 })
    expect(isOpen()).toBe(true)
    fireEvent.pointerDown(dialog, { clientX: 20, clientY: 20 })
    fireEvent.click(dialog, { clientX: 20, clientY: 20 })
    expect(isOpen()).toBe(false)
    expect(helpButton()).toHaveFocus()
  })

  test('opens by itself only once per page load, even when the header mounts again', async () => {
    const user = userEvent.setup()
    const { NavigationHelp, unmount } = await loadPage()
    await shown()
    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    unmount()
    render(<NavigationHelp help={page.navigationHelp} texts={page.siteTexts} />)
    expect(isOpen()).toBe(false)
  })

  test('uses the CMS texts for the button, the close button and the checkbox', async () => {
    vi.resetModules()
    const { NavigationHelp } = await import('../../../src/features/navigation-help/NavigationHelp')
    const texts = { ...page.siteTexts, help: 'Hjälp!', close: 'Stäng rutan', dontShowAgain: 'Göm rutan' }
    render(<NavigationHelp help={page.navigationHelp} texts={texts} />)
    expect(screen.getByRole('button', { name: 'Hjälp!' })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Stäng rutan' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Göm rutan' })).toBeInTheDocument()
  })
})

describe('NavigationHelp with storage that does not work', () => {
  let restore: (() => void) | undefined
  afterEach(() => {
    restore?.()
    restore = undefined
    vi.restoreAllMocks()
  })

  /** Replaces window.localStorage with a getter that throws, as disabled storage does. */
  function storageRefused() {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')
    const getter = vi.fn(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    Object.defineProperty(window, 'localStorage', { configurable: true, get: getter })
    restore = () => {
      if (own) Object.defineProperty(window, 'localStorage', own)
      else delete (window as { localStorage?: Storage }).localStorage
    }
    return getter
  }

  async function dismissAndReload() {
    const user = userEvent.setup()
    const first = await loadPage()
    await shown()
    expect(isOpen()).toBe(true)
    await user.click(screen.getByRole('checkbox', { name: dontShowAgain }))
    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    expect(isOpen()).toBe(false)
    expect(helpButton()).toHaveFocus()
    // The help button still works.
    await user.click(helpButton())
    await shown()
    expect(isOpen()).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Stäng' }))
    first.unmount()
    // Nothing could be remembered: the next page load shows the help again.
    await loadPage()
    await shown()
    expect(isOpen()).toBe(true)
  }

  test('localStorage that throws on access (SecurityError)', async () => {
    const getter = storageRefused()
    await dismissAndReload()
    expect(getter).toHaveBeenCalled()
  })

  test('localStorage whose setItem throws (QuotaExceededError)', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await dismissAndReload()
    expect(setItem).toHaveBeenCalledWith(navigationHelpDismissedKey, 'true')
  })

  test('localStorage whose getItem and removeItem throw', async () => {
    const user = userEvent.setup()
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    await loadPage()
    await shown()
    expect(isOpen()).toBe(true)
    await user.keyboard('{Escape}')
    expect(isOpen()).toBe(false)
  })
})

describe('the help’s content', () => {
  test('its icons are the very drawings of the controls they explain', async () => {
    const { HelpIcon } = await import('../../../src/features/navigation-help/HelpIcon')
    const { InfoIcon, previousChevron, nextChevron, downChevron } =
      await import('../../../src/shared/icons/NavigationIcons')
    const { AreaIcon } = await import('../../../model/AreaIcon')
    const markup = (node: React.ReactElement) => renderToString(node)
    expect(markup(<HelpIcon name="info" />)).toBe(markup(<InfoIcon />))
    expect(markup(<HelpIcon name="areas" />)).toBe(markup(<AreaIcon name="economy" />))
    const paths = (html: string) => [...html.matchAll(/ d="([^"]+)"/g)].map((match) => match[1])
    expect(paths(markup(<HelpIcon name="sideArrows" />))).toEqual([previousChevron, nextChevron])
    expect(paths(markup(<HelpIcon name="downArrow" />))).toEqual([downChevron])
  })

  test('the sample help speaks of the keys, not only of clicking', () => {
    const help = page.navigationHelp!
    const text = [help.intro, ...help.items.map((item) => item.text)].join('\n')
    expect(text).toMatch(/←/)
    expect(text).toMatch(/→/)
    expect(text).toMatch(/Tab/)
    // The articles are reached by their link, named as the page names it.
    expect(help.items.find((item) => item.icon === 'downArrow')?.text).toContain(page.siteTexts.toArticles)
  })
})
