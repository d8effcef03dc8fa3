/** The media query of a reader who asks the system for less motion. */
export const reducedMotionQuery = '(prefers-reduced-motion: reduce)'

/** Whether the reader asks for less motion now (false where the browser cannot say). */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(reducedMotionQuery).matches
}
