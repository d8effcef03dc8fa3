/** The site's footer, on every page but the embed view. */
export { SiteFooter } from './SiteFooter'
