import { EMBED_THEME_PARAM } from '../../../model/urls'

/**
 * The embed's colours: the report's light ones unless the embed code asks otherwise with
 * `?tema=mork` (dark), `?tema=ljus` (light) or `?tema=auto` (the host reader's preference). The
 * document's `color-scheme` follows, so a dark embed on a dark page is no white box: the browser
 * paints no opaque backdrop behind an iframe whose colour scheme matches the page's.
 */
export type EmbedTheme = 'mork' | 'ljus' | 'auto'

export function embedTheme(search: string): EmbedTheme {
  const value = new URLSearchParams(search).get(EMBED_THEME_PARAM)
  return value === 'mork' || value === 'auto' ? value : 'ljus'
}

/** Sets the theme on <html> (global.css, "Embed themes"); returns the function that undoes it. */
export function applyEmbedTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement): () => void {
  root.dataset.embedTheme = theme
  root.style.colorScheme = theme === 'mork' ? 'dark' : theme === 'auto' ? 'light dark' : 'light'
  return () => {
    delete root.dataset.embedTheme
    root.style.colorScheme = ''
  }
}
