import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { afterNextPaint } from '../../../src/shared/afterNextPaint'

describe('afterNextPaint', () => {
  let frames: Array<() => void>
  beforeEach(() => {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('document', { visibilityState: 'visible' })
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {}
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  test('runs in a task after the next frame, not in the frame itself', () => {
    const callback = vi.fn()
    afterNextPaint(callback)
    vi.runAllTimers()
    expect(callback).not.toHaveBeenCalled()
    frames.shift()?.()
    expect(callback).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(callback).toHaveBeenCalledTimes(1)
  })

  test('can be cancelled before the frame and between the frame and its task', () => {
    const early = vi.fn()
    afterNextPaint(early)()
    frames.forEach((frame) => frame())
    vi.runAllTimers()
    expect(early).not.toHaveBeenCalled()

    const late = vi.fn()
    const cancel = afterNextPaint(late)
    frames.at(-1)?.()
    cancel()
    vi.runAllTimers()
    expect(late).not.toHaveBeenCalled()
  })

  test('in a hidden tab, where no frame comes, it still runs', () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' })
    const callback = vi.fn()
    afterNextPaint(callback)
    vi.runAllTimers()
    expect(frames).toHaveLength(0)
    expect(callback).toHaveBeenCalledTimes(1)
  })
})
