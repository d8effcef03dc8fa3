import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { NavigationHelp as NavigationHelpContent } from '../../content/report'
import { readPreference, removePreference, writePreference } from '../../shared/storage/preferences'
import { HelpIcon, QuestionIcon } from './HelpIcon'
import { navigationHelpDismissedKey, navigationHelpDismissedValue as dismissedValue } from './preference'
import './navigation-help.css'

// The help opens by itself at most once per page load: a layout that mounts again (from `/` to
// `/{year}/…`) must not pop it up again after the reader closed it.
let openedAutomatically = false

const focusableSelector =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * The help button and the "how to navigate" dialog it opens. The dialog opens by itself on a
 * reader's first visit, until they tick "don't show again" and close it.
 *
 * A modal dialog (WAI-ARIA Authoring Practices): the native <dialog> with showModal() traps
 * focus and makes the page behind it inert; it is named by its title, closes with ×, Esc or a
 * click on the backdrop, and gives focus back to what had it (or to the help button).
 * The decision to open is made in an effect, never during render, so a server render shows the
 * button and a closed dialog.
 */
export function NavigationHelp({ help, texts }: { help: NavigationHelpContent | null; texts: SiteTexts }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const returnFocusRef = useRef<HTMLElement | null>(null)
  const [dontShowAgain, setDontShowAgain] = useState(false)
  const titleId = useId()

  const openDialog = useCallback(() => {
    const dialog = dialogRef.current
    if (!dialog || dialog.hasAttribute('open')) return
    const active = document.activeElement
    returnFocusRef.current = active instanceof HTMLElement && active !== document.body ? active : null
    setDontShowAgain(readPreference(navigationHelpDismissedKey) === dismissedValue)
    if (typeof dialog.showModal === 'function') {
      dialog.showModal()
    } else {
      // A browser without <dialog> support gets a dialog that is shown, though not modal.
      dialog.setAttribute('open', '')
    }
    if (!dialog.contains(document.activeElement)) {
      dialog.querySelector<HTMLElement>(focusableSelector)?.focus()
    }
  }, [])

  useEffect(() => {
    if (!help || openedAutomatically) return
    openedAutomatically = true
    if (readPreference(navigationHelpDismissedKey) !== dismissedValue) openDialog()
  }, [help, openDialog])

  if (!help) return null

  const remember = (dismissed: boolean) => {
    if (dismissed) writePreference(navigationHelpDismissedKey, dismissedValue)
    else removePreference(navigationHelpDismissedKey)
  }

  // Every way of closing (×, Esc, backdrop, the browser itself) ends here, in the close event.
  const handleClose = () => {
    remember(dontShowAgain)
    const target = returnFocusRef.current?.isConnected ? returnFocusRef.current : buttonRef.current
    returnFocusRef.current = null
    target?.focus()
  }

  const closeDialog = () => {
    const dialog = dialogRef.current
    if (!dialog || !dialog.hasAttribute('open')) return
    if (typeof dialog.close === 'function') {
      dialog.close()
    } else {
      dialog.removeAttribute('open')
      handleClose()
    }
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    closeDialog()
  }

  // A click on the backdrop reaches the dialog element itself, outside its box. (A click on the
  // dialog's own scrollbar also targets the dialog, but inside its box: that one must not close.)
  const handleClick = (event: MouseEvent<HTMLDialogElement>) => {
    const dialog = event.currentTarget
    if (event.target !== dialog) return
    const box = dialog.getBoundingClientRect()
    const inside =
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
    if (!inside) closeDialog()
  }

  const handleDontShowAgain = (event: ChangeEvent<HTMLInputElement>) => {
    setDontShowAgain(event.target.checked)
    remember(event.target.checked)
  }

  const items = Array.isArray(help.items)
    ? help.items.filter((item) => item != null && typeof item.text === 'string' && item.text.trim() !== '')
    : []

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="navigation-help-button"
        aria-haspopup="dialog"
        onClick={openDialog}
      >
        <QuestionIcon />
        <span>{texts.help}</span>
      </button>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the dialog handles keys and backdrop clicks for its whole content */}
      <dialog
        ref={dialogRef}
        className="navigation-help"
        aria-labelledby={titleId}
        onClose={handleClose}
        onKeyDown={handleKeyDown}
        onClick={handleClick}
      >
        <div className="navigation-help__header">
          <h2 id={titleId} className="navigation-help__title">
            {help.title}
          </h2>
          <button
            type="button"
            className="icon-button close-button navigation-help__close"
            aria-label={texts.close}
            title={texts.close}
            onClick={closeDialog}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div className="navigation-help__body">
          {help.intro ? <p className="navigation-help__intro">{help.intro}</p> : null}
          {items.length > 0 ? (
            <ul className="navigation-help__items">
              {items.map((item, index) => (
                <li key={item._key ?? index}>
                  <span className="navigation-help__icon">
                    <HelpIcon name={item.icon} />
                  </span>
                  <span className="navigation-help__text">{item.text}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <label className="navigation-help__dont-show">
            <input type="checkbox" checked={dontShowAgain} onChange={handleDontShowAgain} />
            <span>{texts.dontShowAgain}</span>
          </label>
        </div>
      </dialog>
    </>
  )
}
