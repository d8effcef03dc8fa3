import { useEffect, useState, type ComponentType } from 'react'
import { whenIdle } from '../whenIdle'

/**
 * A dialog's code (the Dialog and what only the open dialog shows), loaded on demand: most
 * readers never open a dialog, so its code is not part of the start-up JS. It is fetched once the
 * page is idle after it has come alive, or when the reader points at or focuses the button, so a
 * click rarely waits; a failed load may be tried again.
 */
export interface DialogCode<P> {
  load(): Promise<ComponentType<P>>
  loaded(): ComponentType<P> | undefined
}

export function dialogCode<P>(importer: () => Promise<{ default: ComponentType<P> }>): DialogCode<P> {
  let promise: Promise<ComponentType<P>> | undefined
  let component: ComponentType<P> | undefined
  return {
    load() {
      promise ??= importer().then(
        (module) => (component = module.default),
        (error: unknown) => {
          promise = undefined
          throw error
        },
      )
      return promise
    },
    loaded: () => component,
  }
}

/**
 * A dialog's state for its trigger button. `Body` is the loaded dialog component (undefined until
 * then: the server render and the first client render show `ClosedDialog` instead, the same
 * HTML). `show()` opens the dialog, as soon as its code is there; until then the button says it
 * is busy (`triggerProps`).
 */
export function useDialogCode<P>(code: DialogCode<P>) {
  const [Body, setBody] = useState<ComponentType<P> | undefined>(undefined)
  const [open, setOpen] = useState(false)
  const [waiting, setWaiting] = useState(false)

  useEffect(() => {
    let live = true
    const take = (component: ComponentType<P>) => {
      if (live) setBody(() => component)
    }
    const ready = code.loaded()
    if (ready) {
      take(ready)
      return () => {
        live = false
      }
    }
    const cancel = whenIdle(() => {
      code.load().then(take, () => {
        // A failed preload is tried again when the reader opens the dialog.
      })
    })
    return () => {
      live = false
      cancel()
    }
  }, [code])

  const preload = () => {
    if (!code.loaded()) code.load().catch(() => {})
  }

  const show = () => {
    setOpen(true)
    const ready = code.loaded()
    if (ready) {
      setBody(() => ready)
      return
    }
    setWaiting(true)
    code.load().then(
      (component) => {
        setBody(() => component)
        setWaiting(false)
      },
      () => {
        // Nothing to show: the button is there to be pressed again.
        setWaiting(false)
        setOpen(false)
      },
    )
  }

  return {
    Body,
    open,
    show,
    close: () => setOpen(false),
    triggerProps: {
      'aria-busy': waiting || undefined,
      onPointerEnter: preload,
      onFocus: preload,
    },
  }
}

/**
 * What a closed Dialog renders (a closed, empty <dialog>), in place of the dialog until its code
 * has loaded: the server's HTML and the first client render stay as they were.
 */
export function ClosedDialog({ className }: { className?: string }) {
  return <dialog className={className ? `dialog ${className}` : 'dialog'} />
}
