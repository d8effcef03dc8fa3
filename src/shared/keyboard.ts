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
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]')) return false
  if (document.querySelector('dialog[open]')) return false
  const axis = arrowAxis(event.key)
  return !axis || !takesArrowKeys(target, axis)
}

type Axis = 'x' | 'y'

function arrowAxis(key: string): Axis | null {
  if (key === 'ArrowLeft' || key === 'ArrowRight') return 'x'
  if (key === 'ArrowUp' || key === 'ArrowDown') return 'y'
  return null
}

/**
 * Widgets whose own keyboard interface uses the arrow keys (WAI-ARIA roles and their native
 * counterparts). Media with controls seek or change volume with them.
 */
const arrowWidgets = [
  'input',
  'select',
  'textarea',
  'video[controls]',
  'audio[controls]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  ...[
    'application',
    'combobox',
    'grid',
    'gridcell',
    'listbox',
    'menu',
    'menubar',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'radio',
    'radiogroup',
    'scrollbar',
    'searchbox',
    'separator',
    'slider',
    'spinbutton',
    'tab',
    'tablist',
    'textbox',
    'toolbar',
    'tree',
    'treegrid',
    'treeitem',
  ].map((role) => `[role="${role}"]`),
].join(', ')

/**
 * Whether an arrow key along `axis`, pressed at `element`, is the business of something around
 * it: a widget that takes arrow keys, or a box that scrolls along that axis (its content is
 * larger than it and it may scroll: the browser scrolls it with the arrow keys). The page itself
 * counts too, when it scrolls along that axis.
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
  if (!overflows) return false
  // The page scrolls in the viewport unless told not to; other boxes only when told to.
  const page = box === document.scrollingElement || box === document.documentElement || box === document.body
  const overflow = getComputedStyle(box)[axis === 'x' ? 'overflowX' : 'overflowY']
  if (page) return box === document.scrollingElement && overflow !== 'hidden' && overflow !== 'clip'
  return overflow === 'auto' || overflow === 'scroll'
}
