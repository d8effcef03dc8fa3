import { EMBED_HEIGHT_MESSAGE } from '../../shared/embedMessage'

/**
 * Inside an iframe: posts the page's height to the page around it whenever it changes (the
 * reader opens the table, the chart draws, the width changes), as the embed code's script
 * expects. Only the height and the path are sent, so any host may read it (`"*"`). Returns
 * the function that stops it.
 */
export function postHeightToParent(target: Window = window.parent): () => void {
  let last = -1
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
    if (height === last) return
    last = height
    target.postMessage({ type: EMBED_HEIGHT_MESSAGE, height, path: window.location.pathname }, '*')
  }
  const observer = new ResizeObserver(post)
  observer.observe(document.documentElement)
  post()
  return () => observer.disconnect()
}
