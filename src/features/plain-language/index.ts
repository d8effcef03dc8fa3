/** An area's easy-to-read summary: the link to it from the area view. */
export { PlainLanguageLink } from './PlainLanguageLink'
