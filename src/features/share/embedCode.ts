import { escapeHtml } from '../../shared/html'

/** The height that fits the embedded statistic's title, sentence, chart and link. */
export const EMBED_HEIGHT = 480

/**
 * The HTML an analyst pastes to show a statistic on another site:
 * `<iframe src="…/2018/halso-och-sjukvard/besok/embed" title="Besök … – Årsberättelse 2018" …>`.
 * The title names the frame for screen readers; lazy loading spares pages that never scroll to it.
 */
export function embedCode({ src, title }: { src: string; title: string }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`
}
