import { inPresentation } from './sources/presentationContext'

/**
 * A `data-sanity` attribute for what carries no text to encode (a number, a chart): in the
 * Studio's Presentation tool, the overlay outlines the element and opens `path` of the
 * document in the form. Anywhere else (readers, the prerendered pages) there is none.
 * The value is the format of Sanity's `createDataAttribute` (id, type, path with array items
 * by `_key`, the Studio's address), written here so that readers never load that library.
 */
export function sanityAttribute(id: string, type: string, path: string): string | undefined {
  if (!inPresentation()) return undefined
  return [
    ['id', id.replace(/^drafts\./, '')],
    ['type', type],
    ['path', path],
    ['base', encodeURIComponent(studioBase())],
  ]
    .map((part) => part.join('='))
    .join(';')
}

/** The Studio's origin, as the frame's referrer tells it ('/' when it does not). */
export function studioBase(): string {
  try {
    return document.referrer ? new URL(document.referrer).origin : '/'
  } catch {
    return '/'
  }
}
