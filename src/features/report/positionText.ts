import type { SiteTexts } from '../../../model/siteTextDefaults'

/** "2 av 5", from the CMS's template "{current} av {total}". */
export function positionText(texts: SiteTexts, current: number, total: number): string {
  return texts.position.replace('{current}', String(current)).replace('{total}', String(total))
}
