import type { SiteTexts } from '../../../sanity/schemaTypes/singletons/siteTextDefaults'

/** "2 av 5", from the CMS's template "{current} av {total}". */
export function positionText(texts: SiteTexts, current: number, total: number): string {
  return texts.position.replace('{current}', String(current)).replace('{total}', String(total))
}

/** A slide's name, "2 av 5: Besök per patient": where it is and which statistic it shows. */
export function slideLabel(texts: SiteTexts, current: number, total: number, title: string): string {
  return `${positionText(texts, current, total)}: ${title}`
}
