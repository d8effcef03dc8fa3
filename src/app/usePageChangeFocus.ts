import { useEffect, useRef } from 'react'

/**
 * When the reader moves to another page (not merely another slide of the same area), start at
 * the top and move focus to <main>, so keyboard and screen-reader users begin reading the new
 * page instead of staying on a link that is gone.
 */
export function usePageChangeFocus(pageKey: string) {
  const previous = useRef(pageKey)
  useEffect(() => {
    if (previous.current === pageKey) return
    previous.current = pageKey
    window.scrollTo(0, 0)
    document.getElementById('innehall')?.focus({ preventScroll: true })
  }, [pageKey])
}
