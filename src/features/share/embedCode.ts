import { EMBED_HEIGHT_MESSAGE } from '../../shared/embedMessage'
import { escapeHtml } from '../../shared/html'

/** The height that fits the embedded statistic's title, sentence, chart and link. */
export const EMBED_HEIGHT = 480

/**
 * The few lines of script for the host page: each message from one of the report's iframes
 * (matched by the window that sent it, and its origin) sets that iframe's height. Added once per
 * page however many embeds it holds. Plain ES5, for any host page.
 */
const resizeScript = `<script>(function(w){if(w.__arsberattelseEmbeds)return;w.__arsberattelseEmbeds=1;w.addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_HEIGHT_MESSAGE}"||typeof d.height!=="number"||!(d.height>0))return;var f=document.querySelectorAll("iframe[data-arsberattelse]");for(var i=0;i<f.length;i++){if(f[i].contentWindow===e.source&&f[i].src.indexOf(e.origin+"/")===0)f[i].style.height=Math.ceil(d.height)+"px"}})})(window);</script>`

/**
 * The HTML an analyst pastes to show a statistic on another site:
 * `<iframe src="…/2018/halso-och-sjukvard/besok/embed" title="Besök … – Årsberättelse 2018" …>`
 * and the script that lets it size itself. Without the script (a site that strips scripts), the
 * iframe still reads well: a sensible height, a title that names it for screen readers, and lazy
 * loading that spares pages that never scroll to it.
 */
export function embedCode({ src, title }: { src: string; title: string }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;width:100%" loading="lazy" data-arsberattelse></iframe>\n${resizeScript}`
}
