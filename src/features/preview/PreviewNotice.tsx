import { useEffect, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'

/**
 * In an editor's drafts preview (a chunk loaded only there), tells the editor, on every page,
 * that what they see includes unpublished drafts – or, plainly, that it does not: when the
 * browser did not send the editor's Sanity session (a blocked third-party cookie), Sanity
 * answered with published content, which must not pass for a preview. The Studio's own preview
 * (the Presentation tool) needs no cookie.
 */
export default function PreviewNotice({
  texts,
  hasSession,
}: {
  texts: SiteTexts
  hasSession: (() => Promise<boolean>) | undefined
}) {
  const [session, setSession] = useState<boolean | null>(null)
  useEffect(() => {
    let current = true
    hasSession?.().then(
      (answer) => current && setSession(answer),
      () => current && setSession(null), // no answer: nothing to say either way
    )
    return () => {
      current = false
    }
  }, [hasSession])
  if (session === false) {
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
