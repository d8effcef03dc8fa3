/** An area's easy-to-read summary: the link to it from the area view, and the summary itself. */
export { PlainLanguageLink } from './PlainLanguageLink'
export { PlainLanguageSummary } from './PlainLanguageSummary'
