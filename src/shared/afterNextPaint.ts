/**
 * Runs `callback` once the browser has painted the next frame (a task queued from that frame's
 * animation callbacks), for work that need not hold up what the reader is waiting to see.
 * Returns a function that cancels it. Where there are no frames (a hidden tab, tests), it
 * still runs, from a timer.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame: number | undefined
  if (
    typeof requestAnimationFrame === 'function' &&
    typeof document !== 'undefined' &&
    document.visibilityState === 'visible'
  ) {
    frame = requestAnimationFrame(() => {
      frame = undefined
      timer = setTimeout(callback, 0)
    })
  } else {
    timer = setTimeout(callback, 0)
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    if (timer !== undefined) clearTimeout(timer)
  }
}
