/**
 * Every label the reader's interface shows, with its Swedish default.
 *
 * These are the single definition of which labels exist: the Studio builds the
 * `siteTexts` singleton's fields from it (with the default as initial value, and the field
 * titles of siteTextTitles.ts, which must name the same keys), and the app falls back to the
 * default only when the CMS has no text for a label, so that a missing or malformed singleton
 * (or a failed fetch, where the error view still needs words) never leaves a button without a
 * name.
 *
 * The texts themselves are in siteTextDefaults.json, which the sample dataset's build script
 * (plain Node) reads too: its `siteTexts` document is these defaults.
 *
 * Plain data only: the browser bundle imports this file, so it must not import `sanity`; the
 * Studio's field titles live beside it, in siteTextTitles.ts, and stay out of the bundle.
 */
import defaults from './siteTextDefaults.json'

export type SiteTextKey = keyof typeof defaults
export type SiteTexts = Record<SiteTextKey, string>

export const defaultSiteTexts: SiteTexts = defaults
export const siteTextKeys = Object.keys(defaults) as SiteTextKey[]
