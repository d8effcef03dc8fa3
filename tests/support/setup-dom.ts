import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())

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
    // The event is made by the dialog's own window, and only while that window is there: the
    // timer may fire after the test's environment has been torn down, when the global `Event`
    // is Node's again (an Event of another realm, which jsdom refuses).
    setTimeout(() => {
      const view = this.ownerDocument.defaultView
      if (view) this.dispatchEvent(new view.Event('close'))
    }, 16)
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
