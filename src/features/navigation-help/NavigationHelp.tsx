import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { NavigationHelp as NavigationHelpContent } from '../../content/report'
import { readPreference, removePreference, writePreference } from '../../shared/storage/preferences'
import { Dialog } from '../../shared/ui/Dialog'
import { HelpIcon, QuestionIcon } from './HelpIcon'
import { navigationHelpDismissedKey, navigationHelpDismissedValue as dismissedValue } from './preference'
import './navigation-help.css'

// The help opens by itself at most once per page load: a layout that mounts again (from `/` to
// `/{year}/…`) must not pop it up again after the reader closed it.
let openedAutomatically = false

/**
 * The help button and the "how to navigate" dialog it opens (the app's one modal Dialog: focus
 * trapped, closes with ×, Esc or a press on the backdrop, focus back to the help button). The
 * dialog opens by itself on a reader's first visit, until they tick "don't show again" and close
 * it. The decision to open is made in an effect, never during render, so a server render shows
 * the button and a closed dialog, and reads no storage.
 */
export function NavigationHelp({ help, texts }: { help: NavigationHelpContent | null; texts: SiteTexts }) {
  const buttonRef = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const [dontShowAgain, setDontShowAgain] = useState(false)

  const openDialog = () => {
    setDontShowAgain(readPreference(navigationHelpDismissedKey) === dismissedValue)
    setOpen(true)
  }

  useEffect(() => {
    if (!help || openedAutomatically) return
    openedAutomatically = true
    // The preference lives in this device's storage, which the server render cannot read: the
    // dialog opens after hydration, from the effect, once.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- state from an external store, read once after mount
    if (readPreference(navigationHelpDismissedKey) !== dismissedValue) setOpen(true)
  }, [help])

  if (!help) return null

  const remember = (dismissed: boolean) => {
    if (dismissed) writePreference(navigationHelpDismissedKey, dismissedValue)
    else removePreference(navigationHelpDismissedKey)
  }

  // Every way of closing (×, Esc, backdrop, the browser itself) ends here.
  const handleClose = () => {
    remember(dontShowAgain)
    setOpen(false)
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
      <Dialog
        open={open}
        onClose={handleClose}
        title={help.title}
        closeLabel={texts.close}
        className="navigation-help"
        returnFocusTo={buttonRef}
      >
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
      </Dialog>
    </>
  )
}
