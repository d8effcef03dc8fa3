import type { DocumentActionComponent } from 'sanity'
import { StartNextYearAction } from './nextYear/StartNextYearAction'
import { OpenInReportAction } from './openInReport/OpenInReportAction'
import { isLocatable } from './openInReport/location'
import { singletonIds } from './schemaTypes/singletons'

/** What a singleton may do: it lives at its fixed id, so it is never deleted, duplicated or unpublished. */
export const singletonActions: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore'])

/** The document actions per type: see sanity.config.ts. */
export function documentActions(actions: DocumentActionComponent[], schemaType: string): DocumentActionComponent[] {
  if (singletonIds.includes(schemaType)) {
    return actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
  }
  const own = [
    ...(isLocatable(schemaType) ? [OpenInReportAction] : []),
    ...(schemaType === 'report' ? [StartNextYearAction] : []),
  ]
  // Publish stays first (the main button); ours come after Sanity's in the menu.
  return [...actions, ...own]
}
