import type { SiteTexts } from '../../../model/siteTextDefaults'
import { useContentSource } from '../../content/ContentSourceContext'

/** Tells an editor, on every page, that what they see includes unpublished drafts. */
export function PreviewBanner({ texts }: { texts: SiteTexts }) {
  if (useContentSource().perspective !== 'drafts') return null
  return (
    <p className="preview-banner" role="status">
      {texts.previewNotice}
    </p>
  )
}
