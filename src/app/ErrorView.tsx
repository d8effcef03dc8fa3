import { useEffect, useRef } from 'react'
import type { SiteTexts } from '../../model/siteTextDefaults'
import { PageMeta } from './PageMeta'

/** Shown when content could not be fetched or rendered; the retry asks again. */
export function ErrorView({ texts, onRetry }: { texts: SiteTexts; onRetry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Move focus to the message so keyboard and screen-reader users learn what happened.
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="status-view" role="alert" aria-labelledby="error-title">
      <PageMeta place={{ kind: 'error' }} texts={texts} />
      <h1 id="error-title" ref={heading} tabIndex={-1}>
        {texts.errorTitle}
      </h1>
      <p>{texts.errorBody}</p>
      <button type="button" className="button" onClick={onRetry}>
        {texts.retry}
      </button>
    </section>
  )
}
