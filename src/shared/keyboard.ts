/**
 * Whether a key press belongs to the page's own shortcuts: not typed into a field, not with a
 * modifier (those are the browser's and assistive technology's), not inside an open dialog, and
 * an arrow key only where nothing around the focus uses it itself (a scroll region, a slider, a
 * radio group …): there the arrow keeps meaning what it means there (WCAG 2.1.1, 1.4.10).
 */
export function isPageShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false
  const target = event.target
  if (!(target instanceof Element)) return true
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]'))
    return false
  if (document.querySelector('dialog[open]')) return false
  const axis = /^Arrow(Left|Right)$/.test(event.key) ? 'x' : /^Arrow(Up|Down)$/.test(event.key) ? 'y' : null
  return !axis || !takesArrowKeys(target, axis)
}

type Axis = 'x' | 'y'

/**
 * Widgets whose own keyboard interface uses the arrow keys (WAI-ARIA roles and their native
 * counterparts). Media with controls seek or change volume with them.
 */
const arrowWidgets = [
  // (Fields are left alone with every key, see above.)
  'input, select, textarea, video[controls], audio[controls]',
  // Composite widgets are found from any of their items (a tab, an option, a menu item …).
  ...'application combobox grid listbox menu menubar radio radiogroup scrollbar searchbox separator slider spinbutton tablist textbox toolbar tree treegrid'
    .split(' ')
    .map((role) => `[role="${role}"]`),
].join()

/**
 * Whether an arrow key along `axis`, pressed at `element`, is the business of something around
 * it: a widget that takes arrow keys, or a box that scrolls along that axis (its content is
 * larger than it and it may scroll: the browser scrolls it with the arrow keys). The page never
 * scrolls sideways (its layout fits every width), and no shortcut uses ↑ or ↓.
 */
export function takesArrowKeys(element: Element, axis: Axis): boolean {
  if (element.closest(arrowWidgets)) return true
  for (let box: Element | null = element; box; box = box.parentElement) {
    if (scrollsAlong(box, axis)) return true
  }
  return false
}

function scrollsAlong(box: Element, axis: Axis): boolean {
  const overflows = axis === 'x' ? box.scrollWidth > box.clientWidth : box.scrollHeight > box.clientHeight
  return overflows && /auto|scroll/.test(getComputedStyle(box)[axis === 'x' ? 'overflowX' : 'overflowY'])
}
