/**
 * Sanity's Presentation tool adds this parameter to the app's address in its iframe (and in a
 * window it opens).
 */
export const PRESENTATION_PARAM = 'sanity-preview-perspective'

type PresentationWindow = Pick<Window, 'self' | 'top' | 'opener'> & { location: Pick<Location, 'search'> }

let startedInPresentation: boolean | undefined

/**
 * Is the app running inside the Studio's Presentation tool (its iframe, or a window it opened)?
 * Decided once, at start-up: navigation inside the app drops the tool's parameter, but the
 * app stays connected to the Studio. False on the server (prerendering).
 */
export function inPresentation(): boolean {
  if (typeof window === 'undefined') return false
  startedInPresentation ??= isPresentationWindow(window)
  return startedInPresentation
}

/**
 * The tool always puts `sanity-preview-perspective` in the address it opens; a reader's tab is
 * neither framed nor opened by another window, and an embed on another site lacks the
 * parameter, so neither ever loads the bridge.
 */
export function isPresentationWindow(win: PresentationWindow): boolean {
  const framedOrOpened = win.self !== win.top || Boolean(win.opener)
  return framedOrOpened && new URLSearchParams(win.location.search).has(PRESENTATION_PARAM)
}
