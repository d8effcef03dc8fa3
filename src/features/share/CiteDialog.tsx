import { lazy, Suspense, type RefObject } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { Dialog } from '../../shared/ui/Dialog'
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary'
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

/** CiteButton's dialog (loaded on demand): the statistic's citation, ready to copy. */
export default function CiteDialog({
  open,
  onClose,
  place,
  texts,
  returnFocusTo,
}: {
  open: boolean
  onClose: () => void
  place: StatisticPlace
  texts: SiteTexts
  returnFocusTo: RefObject<HTMLButtonElement | null>
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`${texts.citeTitle}: ${place.title}`}
      closeLabel={texts.close}
      className="embed-dialog"
      returnFocusTo={returnFocusTo}
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
  )
}
