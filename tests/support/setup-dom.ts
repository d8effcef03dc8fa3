import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// A closed dialog's late `close` event (below) belongs to the test that closed it: timers still
// pending when a test ends, including those of the dialogs its clean-up closes, are dropped.
// Left to fire, one could fire after the environment's teardown and throw into the next file.
const lateCloseEvents = new Set<ReturnType<typeof setTimeout>>()

afterEach(() => {
  cleanup()
  for (const timer of lateCloseEvents) clearTimeout(timer)
  lateCloseEvents.clear()
})

// jsdom has <dialog> but not its modal behaviour; enough of it for components to open and close,
// focus as browsers do, and timed as Chromium does: Esc fires a cancelable `cancel` at the open dialog and then closes it;
// closing hides it at once but fires `close` only later (Chromium: with the next frame).
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
    // The dialog focusing steps: the first focusable element inside gets focus.
    this.querySelector<HTMLElement>(
      'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])',
    )?.focus()
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return
    this.removeAttribute('open')
    // The event is made by the dialog's own window (the global `Event` may be another realm's).
    const timer = setTimeout(() => {
      lateCloseEvents.delete(timer)
      const view = this.ownerDocument.defaultView
      if (view) this.dispatchEvent(new view.Event('close'))
    }, 16)
    lateCloseEvents.add(timer)
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    const dialog = [...document.querySelectorAll('dialog[open]')].at(-1)
    if (!(dialog instanceof HTMLDialogElement)) return
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close()
  })
}

// Two shared cores in CI: give content that loads asynchronously time to arrive.
configure({ asyncUtilTimeout: 5000 })
