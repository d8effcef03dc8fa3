import type { Area } from './report'

/** Whether an area has an easy-to-read ("lättläst") summary to offer. */
export function hasPlainLanguage(area: Pick<Area, 'plainLanguage'>): boolean {
  return Array.isArray(area.plainLanguage) && area.plainLanguage.length > 0
}
