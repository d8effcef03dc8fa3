/** The media query of a reader who asks the system for less motion. */
const reducedMotionQuery = '(prefers-reduced-motion: reduce)'

// One query, asked once: its `matches` follows the setting, and a slide change need not pay
// for a new `matchMedia()` each time.
let query: MediaQueryList | null | undefined

/** Whether the reader asks for less motion now (false where the browser cannot say). */
export function prefersReducedMotion(): boolean {
  if (query === undefined) {
    query =
      typeof window !== 'undefined' && typeof window.matchMedia === 'function'
        ? window.matchMedia(reducedMotionQuery)
        : null
  }
  return query?.matches ?? false
}
