/**
 * Copying with the Clipboard API where the browser offers it and allows it. Where it does not
 * (an insecure context, an older browser, a refused permission), the caller shows the text in a
 * read-only field and `selectForCopy` selects it, so the reader can copy it themselves.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
    if (!clipboard || typeof clipboard.writeText !== 'function') return false
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/**
 * Focuses and selects the field's text, then tries the browser's older copy command. Returns
 * whether the text was copied; if not, it is at least selected, ready to copy.
 */
export function selectForCopy(field: HTMLInputElement | HTMLTextAreaElement): boolean {
  field.focus()
  field.select()
  try {
    field.setSelectionRange(0, field.value.length) // iOS selects a read-only field only this way
  } catch {
    // a field type without a text selection: select() above has done what can be done
  }
  try {
    // Deprecated, yet the only way left where the Clipboard API is missing (e.g. plain http).
    return typeof document.execCommand === 'function' && document.execCommand('copy')
  } catch {
    return false
  }
}
