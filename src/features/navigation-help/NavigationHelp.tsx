import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { NavigationHelp as NavigationHelpContent } from '../../content/report'
import { readPreference, removePreference, writePreference } from '../../shared/storage/preferences'
import { ClosedDialog, dialogCode, useDialogCode } from '../../shared/ui/lazyDialog'
import { QuestionIcon } from './QuestionIcon'
import { navigationHelpDismissedKey, navigationHelpDismissedValue as dismissedValue } from './preference'
import './navigation-help.css'

// The help opens by itself at most once per page load: a layout that mounts again (from `/` to
// `/{year}/…`) must not pop it up again after the reader closed it.
let openedAutomatically = false

/** The dialog itself loads on demand (shared/ui/lazyDialog). */
const navigationHelpDialogCode = dialogCode(() => import('./NavigationHelpDialog'))

/**
 * The help button and the "how to navigate" dialog it opens (the app's one modal Dialog: focus
 * trapped, closes with ×, Esc or a press on the backdrop, focus back to the help button). The
 * dialog opens by itself on a reader's first visit, until they tick "don't show again" and close
 * it. The decision to open is made in an effect, never during render, so a server render shows
 * the button and a closed dialog, and reads no storage.
 */
export function NavigationHelp({ help, texts }: { help: NavigationHelpContent | null; texts: SiteTexts }) {
  const buttonRef = useRef<HTMLButtonElement>(null)
  const { Body, open, show, close, triggerProps } = useDialogCode(navigationHelpDialogCode)
  const [dontShowAgain, setDontShowAgain] = useState(false)

  const openDialog = () => {
    setDontShowAgain(readPreference(navigationHelpDismissedKey) === dismissedValue)
    show()
  }

  useEffect(() => {
    if (!help || openedAutomatically) return
    openedAutomatically = true
    // The preference lives in this device's storage, which the server render cannot read: the
    // dialog opens after hydration, from the effect, once (as soon as its code has loaded).
    if (readPreference(navigationHelpDismissedKey) !== dismissedValue) show()
    // `show` is this render's; the effect runs once per help content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [help])

  if (!help) return null

  const remember = (dismissed: boolean) => {
    if (dismissed) writePreference(navigationHelpDismissedKey, dismissedValue)
    else removePreference(navigationHelpDismissedKey)
  }

  // Every way of closing (×, Esc, backdrop, the browser itself) ends here.
  const handleClose = () => {
    remember(dontShowAgain)
    close()
  }

  const handleDontShowAgain = (event: ChangeEvent<HTMLInputElement>) => {
    setDontShowAgain(event.target.checked)
    remember(event.target.checked)
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="navigation-help-button"
        aria-haspopup="dialog"
        onClick={openDialog}
        {...triggerProps}
      >
        <QuestionIcon />
        <span>{texts.help}</span>
      </button>
      {Body ? (
        <Body
          open={open}
          onClose={handleClose}
          help={help}
          texts={texts}
          dontShowAgain={dontShowAgain}
          onDontShowAgainChange={handleDontShowAgain}
          returnFocusTo={buttonRef}
        />
      ) : (
        <ClosedDialog className="navigation-help" />
      )}
    </>
  )
}
