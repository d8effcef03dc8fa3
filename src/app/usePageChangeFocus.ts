import { useEffect, useRef } from 'react'

/**
 * When the reader moves to another page (not merely another slide of the same area), start at
 * the top and move focus to the page's heading (its h1, focusable from script only), so keyboard
 * users begin reading the new page instead of staying on a link that is gone, and a screen
 * reader announces the new page by its name. A view without an h1 gets focus on <main>.
 */
export function usePageChangeFocus(pageKey: string) {
  const previous = useRef(pageKey)
  useEffect(() => {
    if (previous.current === pageKey) return
    previous.current = pageKey
    window.scrollTo(0, 0)
    pageHeading()?.focus({ preventScroll: true })
  }, [pageKey])
}

/** The page's h1 inside <main>, made focusable from script (only); else <main> itself. */
export function pageHeading(): HTMLElement | null {
  const main = document.getElementById('innehall')
  const heading = main?.querySelector('h1') ?? main
  heading?.setAttribute('tabindex', '-1')
  return heading ?? null
}
