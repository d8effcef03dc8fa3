/**
 * Runs `task` when the browser is idle (`requestIdleCallback`, at most 5 s later); returns a
 * function that cancels it. For work a reader may need soon but not now (fetching code a button
 * will want), so that it never lengthens the task that brings a page or a slide to life.
 */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 5000 })
    return () => cancelIdleCallback(handle)
  }
  // Safari has no requestIdleCallback: after the frames that follow hydration.
  const handle = setTimeout(task, 2000)
  return () => clearTimeout(handle)
}
