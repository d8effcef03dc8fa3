import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'

/**
 * A modal dialog on the native <dialog>: showModal() traps focus, makes the page behind it inert
 * and closes it on Esc. It is named by its title (aria-labelledby); "×", Esc and a click on the
 * backdrop close it; focus then returns to `returnFocusTo` (the button that opened it) or to
 * whatever had focus before. Controlled: `open` says whether it is shown, and every way of
 * closing ends in `onClose`.
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
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const shown = dialog.hasAttribute('open')
    if (open && !shown) {
      const active = document.activeElement
      previousFocus.current = active instanceof HTMLElement && active !== document.body ? active : null
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '') // no <dialog> support: shown, though not modal
    } else if (!open && shown) {
      dialog.close()
    }
  }, [open])

  // A dialog may sit inside something that reacts to pointer gestures (the statistics carousel
  // is dragged sideways): selecting text in the dialog must not move what is behind it.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const stop = (event: Event) => event.stopPropagation()
    dialog.addEventListener('pointerdown', stop)
    return () => dialog.removeEventListener('pointerdown', stop)
  }, [])

  const handleClose = () => {
    const preferred = returnFocusTo?.current
    const target = preferred?.isConnected ? preferred : previousFocus.current?.isConnected ? previousFocus.current : null
    previousFocus.current = null
    onClose()
    target?.focus()
  }

  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- the backdrop click is the pointer's way to close; keys have Escape and the close button
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={open ? titleId : undefined}
      onClose={handleClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === dialogRef.current) dialogRef.current.close()
      }}
    >
      {open ? (
        <div className="dialog-content">
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button close-button" onClick={() => dialogRef.current?.close()}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{closeLabel}</span>
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  )
}
