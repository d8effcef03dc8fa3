import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'

const focusableSelector =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog on the native <dialog>, the one every dialog of the app uses: showModal() traps
 * focus and makes the page behind it inert. It is named by its title (aria-labelledby); "×", Esc
 * and a press *and* release on the backdrop close it (a text selection that starts inside and
 * ends on the backdrop does not); focus then returns to `returnFocusTo` (the button that opened
 * it) or to whatever had focus before. Controlled: `open` says whether it is shown, and every way
 * of closing ends in `onClose`.
 *
 * Every way of closing reports at once, in the same task as the reader's key or click. The
 * native `close` event is not waited for: Chromium fires it with the next animation frame, and a
 * key pressed before that frame (Enter on the button focus went back to) would find the dialog
 * still open as far as React knows, so `setOpen(true)` would change nothing, and the late
 * `close` event would then close it for good. A `close` event that arrives for a dialog that has
 * been reported closed already, or has been opened again since, is ignored.
 *
 * Nothing is decided during render, so a server render shows a closed dialog. Its content is
 * only there while it is open: a statistic has up to three dialogs, and a slide change should
 * not build them all.
 */
export function Dialog({
  open,
  onClose,
  title,
  closeLabel,
  className,
  returnFocusTo,
  children,
}: {
  open: boolean
  onClose: () => void
  title: ReactNode
  /** The close button's name, e.g. texts.close. */
  closeLabel: string
  className?: string
  returnFocusTo?: RefObject<HTMLElement | null>
  children: ReactNode
}) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const previousFocus = useRef<HTMLElement | null>(null)
  // Whether this opening still has to be reported closed (see `closed`).
  const showing = useRef(false)
  // Where the current press on the dialog began: only a press that began on the backdrop may
  // close it when it ends there.
  const pressOnBackdrop = useRef(false)
  const titleId = useId()
  const latest = useRef({ onClose, returnFocusTo })
  latest.current = { onClose, returnFocusTo }

  /** The dialog has closed, by whatever means: report it once, and give focus back. */
  const closed = () => {
    if (!showing.current) return
    showing.current = false
    const preferred = latest.current.returnFocusTo?.current
    const target = preferred?.isConnected ? preferred : previousFocus.current?.isConnected ? previousFocus.current : null
    previousFocus.current = null
    latest.current.onClose()
    target?.focus()
  }

  /** Closes the dialog now, and reports it. */
  const close = () => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (dialog.hasAttribute('open')) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
    closed()
  }
  const closeRef = useRef(close)
  closeRef.current = close

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const shown = dialog.hasAttribute('open')
    if (open && !shown) {
      const active = document.activeElement
      previousFocus.current = active instanceof HTMLElement && active !== document.body ? active : null
      showing.current = true
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '') // no <dialog> support: shown, though not modal
      // Browsers focus the first control themselves; one that does not still starts inside.
      if (!dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>(focusableSelector)?.focus()
    } else if (!open && shown) {
      closeRef.current()
    }
  }, [open])

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const onPointerDown = (event: PointerEvent) => {
      pressOnBackdrop.current = isOnBackdrop(dialog, event)
      // A dialog may sit inside something that reacts to pointer gestures (the statistics
      // carousel is dragged sideways): selecting text in the dialog must not move what is
      // behind it.
      event.stopPropagation()
    }
    // Esc: close now (the browser's own closing would report only with the next frame). The
    // browser may refuse to let a page keep a dialog open on Esc, never to let it close one.
    const onCancel = (event: Event) => {
      event.preventDefault()
      closeRef.current()
    }
    // Any other closing (a form with method="dialog", the browser itself).
    const onNativeClose = () => {
      if (!dialog.hasAttribute('open')) closeRef.current()
    }
    dialog.addEventListener('pointerdown', onPointerDown)
    dialog.addEventListener('cancel', onCancel)
    dialog.addEventListener('close', onNativeClose)
    return () => {
      dialog.removeEventListener('pointerdown', onPointerDown)
      dialog.removeEventListener('cancel', onCancel)
      dialog.removeEventListener('close', onNativeClose)
    }
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={open ? titleId : undefined}
      onClick={(event) => {
        const startedOnBackdrop = pressOnBackdrop.current
        pressOnBackdrop.current = false
        if (startedOnBackdrop && isOnBackdrop(event.currentTarget, event.nativeEvent)) close()
      }}
    >
      {open ? (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button close-button" onClick={close}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{closeLabel}</span>
            </button>
          </div>
          <div className="dialog-content">{children}</div>
        </>
      ) : null}
    </dialog>
  )
}

/**
 * Whether a pointer event is on the backdrop: aimed at the dialog element itself (not its
 * content) and outside its box (the dialog's own padding or scrollbar is inside it).
 */
function isOnBackdrop(dialog: HTMLDialogElement, event: MouseEvent): boolean {
  if (event.target !== dialog) return false
  const box = dialog.getBoundingClientRect()
  return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom
}
