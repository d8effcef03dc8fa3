/**
 * How slides move: framer-motion's animate on the Web Animations API, so the movement runs on
 * the compositor and stays smooth while the main thread draws the next slide's chart. This
 * module is its own chunk, loaded after the first paint (see slideMotionLoader.ts): a slide
 * change before it has arrived is simply not animated.
 */
import { animate } from 'framer-motion/dom/mini'
import { prefersReducedMotion } from '../../shared/reducedMotion'

const SLIDE_SECONDS = 0.32
const FADE_SECONDS = 0.15
// A quick start and a soft landing, as a flicked card settles.
const EASE_OUT: [number, number, number, number] = [0.22, 1, 0.36, 1]

export interface SlideChange {
  entering: HTMLElement
  leaving: HTMLElement | null
  /** +1: the new slide comes from the right (the next one); −1: from the left. */
  direction: 1 | -1
  /** Where a swipe left the old slide, in px (0 for a key or button). */
  fromOffset: number
}

/**
 * Runs a slide change; resolves when the old slide may go (at once where the browser cannot
 * animate, without the Web Animations API). For a reader who asks for less motion: a short
 * cross-fade in place, nothing moves sideways.
 */
export function animateSlideChange({ entering, leaving, direction, fromOffset }: SlideChange): Promise<void> {
  if (typeof entering.animate !== 'function') return Promise.resolve()
  if (prefersReducedMotion()) {
    const fades = [animate(entering, { opacity: [0, 1] }, { duration: FADE_SECONDS }).finished]
    if (leaving) fades.push(animate(leaving, { opacity: [1, 0] }, { duration: FADE_SECONDS }).finished)
    return Promise.all(fades).then(() => undefined)
  }
  const options = { duration: SLIDE_SECONDS, ease: EASE_OUT }
  const moves = [
    animate(entering, { transform: [`translateX(${direction * 100}%)`, 'none'], opacity: [0, 1] }, options).finished,
  ]
  if (leaving) {
    moves.push(
      // A share of its own width, not a measured one: reading a width here would make the
      // browser lay out the new slide before the frame that shows it.
      animate(
        leaving,
        { transform: [`translateX(${fromOffset}px)`, `translateX(${-direction * 100}%)`], opacity: [1, 0] },
        options,
      ).finished,
    )
  }
  return Promise.all(moves).then(() => undefined)
}

/** A swiped slide that did not go far enough returns to its place. */
export function settleSlide(slide: HTMLElement, fromOffset: number): Promise<void> {
  slide.style.transform = ''
  if (typeof slide.animate !== 'function' || fromOffset === 0) return Promise.resolve()
  return animate(
    slide,
    { transform: [`translateX(${fromOffset}px)`, 'none'] },
    { duration: 0.25, ease: EASE_OUT },
  ).finished.then(() => undefined)
}

/**
 * Runs the animation code once on an element that is not on the page, while nothing else is
 * going on: the first slide change then does not pay for framer-motion's one-time checks and
 * for compiling its code, in the same task as the change.
 */
export function prepareSlideMotion(): void {
  prefersReducedMotion()
  const probe = document.createElement('div')
  if (typeof probe.animate !== 'function') return
  animate(
    probe,
    { transform: ['translateX(0px)', 'none'], opacity: [0, 1] },
    { duration: SLIDE_SECONDS, ease: EASE_OUT },
  ).stop()
}
