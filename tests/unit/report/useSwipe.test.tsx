import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { SWIPE_DISTANCE, useSwipe, type SwipeOptions } from '../../../src/features/report/useSwipe'

function Slide(options: SwipeOptions & { onClick?: () => void }) {
  const swipe = useSwipe(options)
  return (
    <div data-testid="slide" {...swipe}>
      <button type="button" onClick={options.onClick}>
        Mer om statistiken
      </button>
    </div>
  )
}

function setup({ canGo = () => true }: { canGo?: SwipeOptions['canGo'] } = {}) {
  const options = { canGo, onSwipe: vi.fn(), onCancel: vi.fn(), onClick: vi.fn() }
  render(<Slide {...options} />)
  return { ...options, slide: screen.getByTestId('slide'), button: screen.getByRole('button') }
}

// An event's timeStamp comes from the clock: fake it, so a gesture's speed is what the test says.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }))
afterEach(() => vi.useRealTimers())

/** A gesture from (0, 0) through `points`, one pointer move every 100 ms, then let go. */
function gesture(element: HTMLElement, points: Array<[number, number]>, end: 'up' | 'cancel' = 'up') {
  const pointer = { pointerId: 1, isPrimary: true, button: 0 }
  fireEvent.pointerDown(element, { ...pointer, clientX: 0, clientY: 0 })
  for (const [x, y] of points) {
    vi.advanceTimersByTime(100)
    fireEvent.pointerMove(element, { ...pointer, clientX: x, clientY: y })
  }
  const [x, y] = points[points.length - 1] ?? [0, 0]
  if (end === 'up') fireEvent.pointerUp(element, { ...pointer, clientX: x, clientY: y })
  else fireEvent.pointerCancel(element, { ...pointer, clientX: x, clientY: y })
}

describe('swiping a slide', () => {
  test('far enough to the left: the next slide, from where the slide was let go', () => {
    const { slide, onSwipe, onCancel } = setup()
    gesture(slide, [
      [-20, 2],
      [-50, 3],
      [-80, 4],
    ])
    expect(onSwipe).toHaveBeenCalledWith(1, -80)
    expect(onCancel).not.toHaveBeenCalled()
  })

  test('far enough to the right: the previous slide', () => {
    const { slide, onSwipe } = setup()
    gesture(slide, [
      [30, 0],
      [SWIPE_DISTANCE + 10, 0],
    ])
    expect(onSwipe).toHaveBeenCalledWith(-1, SWIPE_DISTANCE + 10)
  })

  test('the slide follows the finger while it moves', () => {
    const { slide } = setup()
    const pointer = { pointerId: 1, isPrimary: true, button: 0 }
    fireEvent.pointerDown(slide, { ...pointer, clientX: 0, clientY: 0 })
    fireEvent.pointerMove(slide, { ...pointer, clientX: -40, clientY: 0 })
    expect(slide.style.transform).toBe('translateX(-40px)')
    expect(slide).toHaveClass('is-swiping')
  })

  test('short but fast (a flick): the next slide', () => {
    const { slide, onSwipe } = setup()
    const pointer = { pointerId: 1, isPrimary: true, button: 0 }
    fireEvent.pointerDown(slide, { ...pointer, clientX: 0, clientY: 0 })
    vi.advanceTimersByTime(10)
    fireEvent.pointerMove(slide, { ...pointer, clientX: -15, clientY: 0 })
    vi.advanceTimersByTime(10)
    fireEvent.pointerMove(slide, { ...pointer, clientX: -30, clientY: 0 })
    fireEvent.pointerUp(slide, { ...pointer, clientX: -30, clientY: 0 })
    expect(onSwipe).toHaveBeenCalledWith(1, -30)
  })

  test('too short and slow: the slide goes back', () => {
    const { slide, onSwipe, onCancel } = setup()
    gesture(slide, [
      [-10, 0],
      [-20, 0],
      [-30, 0],
    ])
    expect(onSwipe).not.toHaveBeenCalled()
    expect(onCancel).toHaveBeenCalledWith(-30)
  })

  test('at the last slide a swipe onward goes back, and the slide moved only half as far', () => {
    const { slide, onSwipe, onCancel } = setup({ canGo: (direction) => direction === -1 })
    gesture(slide, [
      [-40, 0],
      [-120, 0],
    ])
    expect(onSwipe).not.toHaveBeenCalled()
    expect(onCancel).toHaveBeenCalledWith(-60)
  })

  test('a mostly vertical gesture is a scroll: no swipe, the slide stays', () => {
    const { slide, onSwipe, onCancel } = setup()
    gesture(slide, [
      [-5, 30],
      [-90, 200],
    ])
    expect(onSwipe).not.toHaveBeenCalled()
    expect(onCancel).not.toHaveBeenCalled()
    expect(slide.style.transform).toBe('')
  })

  test('a cancelled gesture (the browser took it over) goes back', () => {
    const { slide, onSwipe, onCancel } = setup()
    gesture(
      slide,
      [
        [-40, 0],
        [-100, 0],
      ],
      'cancel',
    )
    expect(onSwipe).not.toHaveBeenCalled()
    expect(onCancel).toHaveBeenCalledWith(-100)
  })

  test('the click that ends a swipe is not a click; the next one is', () => {
    const { slide, button, onClick } = setup()
    gesture(button, [
      [-40, 0],
      [-100, 0],
    ])
    fireEvent.click(button)
    expect(onClick).not.toHaveBeenCalled()
    fireEvent.pointerDown(button, { pointerId: 2, isPrimary: true, button: 0, clientX: 0, clientY: 0 })
    fireEvent.pointerUp(button, { pointerId: 2, isPrimary: true, button: 0, clientX: 0, clientY: 0 })
    fireEvent.click(button)
    expect(onClick).toHaveBeenCalledTimes(1)
    expect(slide).not.toHaveClass('is-swiping')
  })
})
