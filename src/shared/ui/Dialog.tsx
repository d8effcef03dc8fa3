import { useEffect, useEffectEvent, useId, useRef, type ReactNode, type RefObject } from 'react'

/**
 * A modal dialog on the native <dialog>, the one every dialog of the app uses: showModal() traps
 * focus and makes the page behind it inert. It is named by its title (aria-labelledby); "×", Esc
 * and a press *and* release on the backdrop close it (a text selection that starts inside and
 * ends on the backdrop does not); focus then returns to `returnFocusTo` (the button that opens
 * it). Controlled: `open` says whether it is shown, and every way
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
  /** The button that opens it: focus returns there (it may have been opened by itself). */
  returnFocusTo: RefObject<HTMLElement | null>
  children: ReactNode
}) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  // Whether this opening still has to be reported closed (see `closed`).
  const showing = useRef(false)
  // Whether the current press on the dialog began on the backdrop: only such a press may close
  // it, when it ends there too.
  const pressOnBackdrop = useRef(false)
  const titleId = useId()

  /** The dialog has closed, by whatever means: report it once, and give focus back. */
  const closed = () => {
    if (!showing.current) return
    showing.current = false
    onClose()
    returnFocusTo.current?.focus() // (a button that has gone with its page takes no focus)
  }

  /** Closes the dialog now, and reports it. */
  const close = () => {
    if (dialogRef.current?.open) dialogRef.current.close()
    closed()
  }

  // Effects close with this render's `close` (and its onClose) without re-running for it.
  const closeFromEffect = useEffectEvent(close)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) {
      showing.current = true
      // The browser gives focus to the first control inside (×).
      dialog.showModal()
    } else if (!open && dialog.open) {
      closeFromEffect()
    }
    // Only a change of `open` opens or closes.
  }, [open])

  // A dialog may sit inside something that reacts to pointer gestures (the statistics carousel
  // is dragged sideways): selecting text in the dialog must not move what is behind it.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const onPointerDown = (event: PointerEvent) => {
      pressOnBackdrop.current = isOnBackdrop(dialog, event)
      event.stopPropagation()
    }
    dialog.addEventListener('pointerdown', onPointerDown)
    return () => dialog.removeEventListener('pointerdown', onPointerDown)
  }, [])

  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the backdrop click is the pointer's way to close; keys have Escape and the close button
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={open ? titleId : undefined}
      // Esc: close now (the browser's own closing would report only with the next frame). The
      // browser may refuse to let a page keep a dialog open on Esc, never to let it close one.
      onCancel={(event) => {
        event.preventDefault()
        close()
      }}
      // Any other closing (a form with method="dialog", the browser itself).
      onClose={() => {
        if (!dialogRef.current?.open) closed()
      }}
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
