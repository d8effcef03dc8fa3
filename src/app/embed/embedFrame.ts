import { postHeightToParent } from './embedHeight'
import { applyEmbedTheme, embedTheme } from './embedTheme'

/**
 * What the embed view does beyond showing the statistic, fetched with it (no start-up code of
 * the report's other pages): its colours from `?tema=`, and inside an iframe its height posted to
 * the page around it. Returns the function that undoes both.
 */
export function startEmbedFrame(search: string): () => void {
  const undoTheme = applyEmbedTheme(embedTheme(search))
  const stopHeight = window.parent === window ? undefined : postHeightToParent()
  return () => {
    undoTheme()
    stopHeight?.()
  }
}
