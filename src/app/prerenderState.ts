import type { DehydratedState } from '@tanstack/react-query'

/**
 * The content a prerendered page was rendered with, handed to the browser in the page itself
 * (a JSON <script>), so the app takes over without asking for the same content again.
 */
export interface PrerenderedState {
  /** The path the HTML was rendered for. */
  path: string
  /** react-query's dehydrated cache: the report queries the page needed. */
  queries: DehydratedState
}

export const prerenderedStateId = 'report-state'

/**
 * JSON that is safe inside <script>: `<` (so CMS text holding "</script>" or "<!--" cannot end
 * or change the element), `>`, `&` and the line separators JavaScript once choked on are
 * written as \u escapes, which JSON.parse reads back as the same characters.
 */
export function serializeState(state: PrerenderedState): string {
  return JSON.stringify(state).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The element that carries the state, for the page's HTML. */
export function stateScript(state: PrerenderedState): string {
  return `<script type="application/json" id="${prerenderedStateId}">${serializeState(state)}</script>`
}

/** The state from the page, or null when there is none (dev server, SPA) or it is unusable. */
export function readPrerenderedState(document: Document): PrerenderedState | null {
  const text = document.getElementById(prerenderedStateId)?.textContent
  if (!text) return null
  try {
    const value: unknown = JSON.parse(text)
    if (!value || typeof value !== 'object') return null
    const { path, queries } = value as Partial<PrerenderedState>
    if (typeof path !== 'string' || !queries || !Array.isArray(queries.queries)) return null
    return { path, queries }
  } catch {
    return null
  }
}

/**
 * The content counts as fetched when the page loads, not when the site was built: the HTML
 * shows the same content, and react-query would otherwise ask again for anything built more
 * than `staleTime` ago.
 */
export function receivedNow(state: DehydratedState, now: number = Date.now()): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) =>
      query.state.status === 'success' ? { ...query, state: { ...query.state, dataUpdatedAt: now } } : query,
    ),
  }
}

/** Whether the HTML was rendered for this path (a trailing slash makes no difference). */
export function isRenderedPath(renderedPath: string, pathname: string): boolean {
  const normalize = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path)
  return normalize(renderedPath) === normalize(pathname)
}
