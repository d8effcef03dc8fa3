import { lazy, Suspense, useRef, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { Dialog } from '../../shared/ui/Dialog'
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary'
import { ToolIcon } from '../../shared/icons/ToolIcon'
import type { StatisticPlace } from './place'

/** The citation's code arrives with the first opening; a failed load may be tried again. */
function lazyPanel() {
  return lazy(() =>
    import('./CitationPanel').catch((error: unknown) => {
      CitationPanel = lazyPanel()
      throw error
    }),
  )
}
let CitationPanel = lazyPanel()

/** "Citera": a dialog with the statistic's citation in Swedish, ready to copy (CitationPanel). */
export function CiteButton({ place, texts }: { place: StatisticPlace; texts: SiteTexts }) {
  const [open, setOpen] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button ref={trigger} type="button" className="tool-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <ToolIcon name="cite" />
        <span>{texts.cite}</span>
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${texts.citeTitle}: ${place.title}`}
        closeLabel={texts.close}
        className="embed-dialog"
        returnFocusTo={trigger}
      >
        {open ? (
          <ErrorBoundary
            fallback={({ reset }) => (
              <div role="alert">
                <p>{texts.errorBody}</p>
                <button type="button" className="button" onClick={reset}>
                  {texts.retry}
                </button>
              </div>
            )}
          >
            <Suspense fallback={null}>
              <CitationPanel place={place} texts={texts} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </Dialog>
    </>
  )
}
