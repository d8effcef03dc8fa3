import { lazy, Suspense } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { useContentSource } from '../../content/ContentSourceContext'

const PreviewNotice = lazy(() => import('./PreviewNotice'))

/** The drafts preview's notice on every page; for readers nothing, not even its code. */
export function PreviewBanner({ texts }: { texts: SiteTexts }) {
  const source = useContentSource()
  if (source.perspective !== 'drafts') return null
  return (
    <Suspense fallback={null}>
      <PreviewNotice texts={texts} hasSession={source.hasSession} />
    </Suspense>
  )
}
