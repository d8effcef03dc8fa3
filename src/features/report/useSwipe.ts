import { useRef, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react'

/** How far (px) or how fast (px/s) a horizontal swipe must go to change the slide. */
export const SWIPE_DISTANCE = 60
export const SWIPE_VELOCITY = 400
/** Movement (px) before a gesture counts as horizontal or vertical. */
const LOCK_DISTANCE = 8

export interface SwipeOptions {
  /** Whether there is a slide to go to on that side: −1 the previous, +1 the next. */
  canGo: (direction: 1 | -1) => boolean
  /** A swipe far or fast enough: go there. `offset` is where the slide was let go (px). */
  onSwipe: (direction: 1 | -1, offset: number) => void
  /** Let go too early: the slide goes back. */
  onCancel: (offset: number) => void
}

interface Gesture {
  pointerId: number
  startX: number
  startY: number
  horizontal: boolean
  offset: number
  /** Recent positions, for the speed at release. */
  samples: Array<{ x: number; t: number }>
}

/**
 * A slide that follows a finger (or a mouse held down) sideways. Vertical movement is left to
 * the page (`touch-action: pan-y` on the slide), so a reader scrolls as usual; a gesture
 * becomes a swipe only once it is clearly sideways. The slide follows the pointer (half as far
 * where there is nothing to go to), and a click that ends a swipe does not count as a click.
 */
export function useSwipe({ canGo, onSwipe, onCancel }: SwipeOptions) {
  const gesture = useRef<Gesture | null>(null)
  const swiped = useRef(false)

  const follow = (element: HTMLElement, offset: number) => {
    element.style.transform = offset === 0 ? '' : `translateX(${offset}px)`
  }

  const end = (event: ReactPointerEvent<HTMLElement>, cancelled: boolean) => {
    const current = gesture.current
    if (!current || current.pointerId !== event.pointerId) return
    gesture.current = null
    if (!current.horizontal) return
    event.currentTarget.classList.remove('is-swiping')
    swiped.current = true
    const dx = event.clientX - current.startX
    const first = current.samples[0]
    const last = current.samples[current.samples.length - 1]
    const seconds = first && last && last.t > first.t ? (last.t - first.t) / 1000 : 0
    const velocity = seconds > 0 ? (last!.x - first!.x) / seconds : 0
    const direction: 1 | -1 | 0 = cancelled
      ? 0
      : dx < -SWIPE_DISTANCE || velocity < -SWIPE_VELOCITY
        ? 1
        : dx > SWIPE_DISTANCE || velocity > SWIPE_VELOCITY
          ? -1
          : 0
    if (direction !== 0 && canGo(direction)) onSwipe(direction, current.offset)
    else onCancel(current.offset)
  }

  return {
    onPointerDown(event: ReactPointerEvent<HTMLElement>) {
      swiped.current = false
      if (gesture.current || !event.isPrimary || event.button !== 0) return
      gesture.current = {
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        horizontal: false,
        offset: 0,
        samples: [{ x: event.clientX, t: event.timeStamp }],
      }
    },
    onPointerMove(event: ReactPointerEvent<HTMLElement>) {
      const current = gesture.current
      if (!current || current.pointerId !== event.pointerId) return
      const dx = event.clientX - current.startX
      const dy = event.clientY - current.startY
      if (!current.horizontal) {
        if (Math.abs(dx) < LOCK_DISTANCE && Math.abs(dy) < LOCK_DISTANCE) return
        if (Math.abs(dy) >= Math.abs(dx)) {
          gesture.current = null // a scroll, not a swipe
          return
        }
        current.horizontal = true
        event.currentTarget.setPointerCapture?.(event.pointerId)
        event.currentTarget.classList.add('is-swiping')
        // A mouse held down over text has started selecting it: a swipe is not a selection.
        window.getSelection?.()?.removeAllRanges()
      }
      current.offset = canGo(dx < 0 ? 1 : -1) ? dx : dx / 2
      current.samples.push({ x: event.clientX, t: event.timeStamp })
      if (current.samples.length > 5) current.samples.shift()
      follow(event.currentTarget, current.offset)
    },
    onPointerUp(event: ReactPointerEvent<HTMLElement>) {
      end(event, false)
    },
    onPointerCancel(event: ReactPointerEvent<HTMLElement>) {
      end(event, true)
    },
    onClickCapture(event: ReactMouseEvent<HTMLElement>) {
      if (swiped.current) {
        swiped.current = false
        event.preventDefault()
        event.stopPropagation()
      }
    },
  }
}
