import { lazy } from 'react'

export { PreviewBanner } from './PreviewBanner'

/** The Studio's overlays and history, for the Presentation tool only (its own chunk). */
export const VisualEditing = lazy(() => import('./VisualEditing'))
