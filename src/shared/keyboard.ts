/**
 * Whether a key press belongs to the page's own shortcuts: not typed into a field, not with a
 * modifier (those are the browser's and assistive technology's), not inside an open dialog.
 */
export function isPageShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false
  const target = event.target
  if (!(target instanceof Element)) return true
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], dialog[open]')) return false
  return !document.querySelector('dialog[open]')
}
