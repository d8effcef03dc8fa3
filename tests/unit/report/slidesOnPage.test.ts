import { describe, expect, test } from 'vitest'
import { slidesOnPage } from '../../../src/features/report/slidesOnPage'

describe('slidesOnPage', () => {
  test('before anything is built ahead (the server, the first render): the slide shown alone', () => {
    expect(slidesOnPage(2, null, null, 5)).toEqual([2])
  })

  test('the slides on either side of the one built around, in index order', () => {
    expect(slidesOnPage(2, null, 2, 5)).toEqual([1, 2, 3])
  })

  test('at either end, only the neighbour there is', () => {
    expect(slidesOnPage(0, null, 0, 5)).toEqual([0, 1])
    expect(slidesOnPage(4, null, 4, 5)).toEqual([3, 4])
    expect(slidesOnPage(0, null, 0, 1)).toEqual([0])
  })

  test('just after a press: the slides already built stay, none is added (the new one was built ahead)', () => {
    // → from 2: 3 is shown, 2 leaves, the slides are still built around 2.
    expect(slidesOnPage(3, 2, 2, 5)).toEqual([1, 2, 3])
    // Once the slides are built around 3: 1 goes, 4 comes, and 2 stays while it leaves.
    expect(slidesOnPage(3, 2, 3, 5)).toEqual([2, 3, 4])
  })

  test('a jump (a link, Back) shows a slide not built yet, and the one leaving stays', () => {
    expect(slidesOnPage(4, 0, 0, 5)).toEqual([0, 1, 4])
  })
})
