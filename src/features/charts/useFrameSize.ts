import { useCallback, useState } from 'react'

export interface FrameSize {
  width: number
  height: number
}

/**
 * The size of the element given to the returned ref, from a ResizeObserver, or `null` until it
 * has reported (always, on the server). The chart is drawn at exactly this size. recharts can
 * read it itself (`responsive`), but does so with `getBoundingClientRect()` while the chart
 * commits, which forces a layout of the whole page and then draws the chart a second time; the
 * observer reports once the browser has laid the frame out anyway. An element that is not laid
 * out (width or height 0) reports `null`.
 */
export function useFrameSize<T extends Element>(): [(element: T | null) => (() => void) | undefined, FrameSize | null] {
  const [size, setSize] = useState<FrameSize | null>(null)
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect
      if (!rect) return
      const width = Math.round(rect.width)
      const height = Math.round(rect.height)
      setSize((previous) => {
        if (width <= 0 || height <= 0) return null
        return previous?.width === width && previous.height === height ? previous : { width, height }
      })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, size]
}
