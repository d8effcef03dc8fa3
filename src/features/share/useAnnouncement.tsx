import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * A short status message ("Länken är kopierad") for a polite live region. Each announcement is
 * a new node, so the same message said twice is read twice; it clears itself after a while.
 */
export function useAnnouncement(clearAfterMs = 8000) {
  const [state, setState] = useState({ message: '', count: 0 })
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const announce = useCallback(
    (message: string) => {
      window.clearTimeout(timer.current)
      setState((previous) => ({ message, count: previous.count + 1 }))
      timer.current = window.setTimeout(() => setState((previous) => ({ ...previous, message: '' })), clearAfterMs)
    },
    [clearAfterMs],
  )
  return { ...state, announce }
}

/** The live region: present (and empty) from the first render, so browsers listen to it. */
export function Announcement({ message, count }: { message: string; count: number }) {
  return (
    <p className="tool-status" aria-live="polite">
      {message ? <span key={count}>{message}</span> : null}
    </p>
  )
}
