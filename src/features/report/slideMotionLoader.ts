import type * as SlideMotion from './slideMotion'

type Motion = typeof SlideMotion

let loaded: Motion | null = null
let loading: Promise<Motion | null> | null = null

/**
 * Starts fetching the animation code (once); resolves to it, or null when it cannot be had (the
 * slides then change without moving).
 */
export function loadSlideMotion(): Promise<Motion | null> {
  loading ??= import('./slideMotion').then(
    (module) => {
      loaded = module
      // Warm it up when the browser is idle, not on the reader's first press.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => module.prepareSlideMotion())
      return module
    },
    () => {
      loading = null // a later slide change may try again
      return null
    },
  )
  return loading
}

/** The animation code if it has arrived, for a slide change that must start in this frame. */
export function slideMotion(): Motion | null {
  return loaded
}
