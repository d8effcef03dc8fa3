/**
 * Saves a file through a temporary object URL and a link with `download`. The object URL is let
 * go of a little later: some browsers read it after the click has returned.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    window.setTimeout(() => URL.revokeObjectURL(href), 10_000)
  }
}
