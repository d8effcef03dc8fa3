import { useEffect, useState } from 'react'
import { reducedMotionQuery } from '../../shared/reducedMotion'

/**
 * Whether the reader asks for less motion. `true` until an effect has asked the browser, so the
 * server's render and the first client render agree, and nothing moves before we know.
 */
export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(true)
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return
    const media = window.matchMedia(reducedMotionQuery)
    const update = () => setReduced(media.matches)
    update()
    media.addEventListener?.('change', update)
    return () => media.removeEventListener?.('change', update)
  }, [])
  return reduced
}
