import { useQuery } from '@tanstack/react-query'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { useContentSource } from '../../content/ContentSourceContext'

/**
 * Tells an editor, on every page, that what they see includes unpublished drafts – or, plainly,
 * that it does not: when the browser did not send the editor's Sanity session (a blocked
 * third-party cookie), Sanity answered with published content, which must not pass for a
 * preview. The Studio's own preview (the Presentation tool) needs no cookie.
 */
export function PreviewBanner({ texts }: { texts: SiteTexts }) {
  const source = useContentSource()
  const drafts = source.perspective === 'drafts'
  const session = useQuery({
    queryKey: ['preview-session'],
    queryFn: () => source.hasSession!(),
    enabled: drafts && source.hasSession !== undefined,
    staleTime: Infinity,
    retry: false,
  })
  if (!drafts) return null
  if (session.data === false) {
    return (
      <p className="preview-banner preview-banner-warning" role="alert">
        {texts.previewSessionMissing}
      </p>
    )
  }
  return (
    <p className="preview-banner" role="status">
      {texts.previewNotice}
    </p>
  )
}
