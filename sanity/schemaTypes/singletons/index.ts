import { accessibilityStatement } from './accessibilityStatement'
import { browserNotice } from './browserNotice'
import { navigationHelp } from './navigationHelp'
import { siteFooter } from './siteFooter'
import { siteTexts } from './siteTexts'

export const singletonTypes = [navigationHelp, browserNotice, accessibilityStatement, siteFooter, siteTexts]

/** Each singleton lives at a fixed document id equal to its type name. */
export const singletonIds: readonly string[] = singletonTypes.map((type) => type.name)
