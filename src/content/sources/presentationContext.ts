import { PRESENTATION_PARAM } from '../../../model/urls'

type PresentationWindow = Pick<Window, 'self' | 'top' | 'opener'> & { location: Pick<Location, 'search'> }

/**
 * Is the app running inside the Studio's Presentation tool (its iframe, or a window it opened)?
 * The tool always puts `sanity-preview-perspective` in the address it opens; a reader's tab is
 * neither framed nor opened by another window, and an embed on another site lacks the
 * parameter, so neither ever loads the bridge. Decided once, at start-up: navigation inside
 * the app drops the parameter, but the bridge stays connected.
 */
export function inPresentation(
  win: PresentationWindow | undefined = typeof window === 'undefined' ? undefined : window,
) {
  if (!win) return false
  const framedOrOpened = win.self !== win.top || Boolean(win.opener)
  return framedOrOpened && new URLSearchParams(win.location.search).has(PRESENTATION_PARAM)
}
