import { afterEach, describe, expect, test } from 'vitest'
import { isPageShortcut, takesArrowKeys } from '../../../src/shared/keyboard'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A key pressed at `target`, as the browser dispatches it; what isPageShortcut says of it. */
function shortcutAt(target: Element, key: string, init: KeyboardEventInit = {}) {
  let answer: boolean | undefined
  const listen = (event: KeyboardEvent) => (answer = isPageShortcut(event))
  window.addEventListener('keydown', listen)
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }))
  window.removeEventListener('keydown', listen)
  return answer
}

/** jsdom lays nothing out: give a box the sizes of one whose content is wider (or taller) than it. */
function overflowing(box: HTMLElement, axis: 'x' | 'y', overflow = 'auto') {
  box.style[axis === 'x' ? 'overflowX' : 'overflowY'] = overflow
  Object.defineProperty(box, axis === 'x' ? 'scrollWidth' : 'scrollHeight', { configurable: true, value: 600 })
  Object.defineProperty(box, axis === 'x' ? 'clientWidth' : 'clientHeight', { configurable: true, value: 300 })
}

function html(markup: string) {
  document.body.innerHTML = markup
  return (selector: string) => document.querySelector(selector) as HTMLElement
}

describe('isPageShortcut', () => {
  test('← and → on the page, a link or a button are the page’s', () => {
    const $ = html('<a href="/x">länk</a><button>knapp</button>')
    expect(shortcutAt(document.body, 'ArrowRight')).toBe(true)
    expect(shortcutAt($('a'), 'ArrowLeft')).toBe(true)
    expect(shortcutAt($('button'), 'ArrowRight')).toBe(true)
  })

  test('not with a modifier, not in a field, not with a dialog open', () => {
    const $ = html('<input><textarea></textarea><select><option>a</option></select><dialog><button>b</button></dialog>')
    expect(shortcutAt(document.body, 'ArrowRight', { altKey: true })).toBe(false)
    expect(shortcutAt(document.body, 'ArrowRight', { shiftKey: true })).toBe(false)
    expect(shortcutAt($('input'), 'ArrowRight')).toBe(false)
    expect(shortcutAt($('textarea'), 'ArrowLeft')).toBe(false)
    expect(shortcutAt($('select'), 'ArrowRight')).toBe(false)
    $('dialog').setAttribute('open', '')
    expect(shortcutAt(document.body, 'ArrowRight')).toBe(false)
  })

  test('→ inside a region that scrolls sideways is the region’s; outside it, or when it fits, the page’s', () => {
    const $ = html(
      '<div class="region" tabindex="0"><table><tr><td><a href="/y">cell</a></td></tr></table></div><button>b</button>',
    )
    overflowing($('.region'), 'x')
    expect(shortcutAt($('.region'), 'ArrowRight')).toBe(false)
    expect(shortcutAt($('.region a'), 'ArrowLeft')).toBe(false)
    expect(shortcutAt($('button'), 'ArrowRight')).toBe(true)
    // It scrolls up and down only: ← and → are still the page's.
    const $$ = html('<div class="region" tabindex="0">…</div>')
    overflowing($$('.region'), 'y')
    expect(shortcutAt($$('.region'), 'ArrowRight')).toBe(true)
    expect(shortcutAt($$('.region'), 'ArrowDown')).toBe(false)
  })

  test('content wider than a box that clips it is not scrolled with the keys', () => {
    const $ = html('<div class="clip" tabindex="0">…</div>')
    overflowing($('.clip'), 'x', 'hidden')
    expect(shortcutAt($('.clip'), 'ArrowRight')).toBe(true)
  })

  test('widgets that use the arrow keys keep them: sliders, radio groups, tab lists, listboxes, menus, grids', () => {
    const $ = html(`
      <input type="range"><input type="radio" name="r">
      <div role="slider" tabindex="0"></div>
      <div role="radiogroup"><span role="radio" tabindex="0">a</span></div>
      <div role="tablist"><button role="tab">a</button></div>
      <ul role="listbox"><li role="option" tabindex="0">a</li></ul>
      <div role="menu"><div role="menuitem" tabindex="0">a</div></div>
      <div role="grid"><div role="row"><div role="gridcell" tabindex="0">a</div></div></div>
      <div role="toolbar"><button class="tool">a</button></div>
      <div contenteditable="true">text</div>
      <video controls></video>`)
    for (const selector of [
      'input[type=range]',
      'input[type=radio]',
      '[role=slider]',
      '[role=radio]',
      '[role=tab]',
      '[role=option]',
      '[role=menuitem]',
      '[role=gridcell]',
      '.tool',
      '[contenteditable]',
      'video',
    ]) {
      expect(shortcutAt($(selector), 'ArrowRight'), selector).toBe(false)
      // (Fields and editable text are left alone with any key.)
      if (selector !== '[contenteditable]') expect(takesArrowKeys($(selector), 'x'), selector).toBe(true)
    }
  })

  test('other keys are not affected by scroll regions', () => {
    const $ = html('<div class="region" tabindex="0">…</div>')
    overflowing($('.region'), 'x')
    expect(shortcutAt($('.region'), 'Escape')).toBe(true)
  })
})
