export { PreviewBanner } from './PreviewBanner'
