import { lazy, Suspense, type RefObject } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { Dialog } from '../../shared/ui/Dialog'
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary'
import type { StatisticPlace } from '../share'

/** The table's code arrives with the first opening; a failed load may be tried again. */
function lazyYearsTable() {
  return lazy(() =>
    import('./YearsTable').catch((error: unknown) => {
      YearsTable = lazyYearsTable()
      throw error
    }),
  )
}
let YearsTable = lazyYearsTable()

/**
 * CompareYears' dialog (loaded on demand): the other years' table, once `requested` (the first
 * opening), and kept.
 */
export default function CompareYearsDialog({
  open,
  onClose,
  requested,
  statistic,
  place,
  texts,
  returnFocusTo,
}: {
  open: boolean
  onClose: () => void
  requested: boolean
  statistic: Statistic
  place: StatisticPlace
  texts: SiteTexts
  returnFocusTo: RefObject<HTMLButtonElement | null>
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`${texts.compareTitle}: ${statistic.title}`}
      closeLabel={texts.close}
      className="compare-dialog"
      returnFocusTo={returnFocusTo}
    >
      {requested ? (
        <ErrorBoundary
          fallback={({ reset }) => (
            <div className="compare-status" role="alert">
              <p>{texts.compareError}</p>
              <button type="button" className="button" onClick={reset}>
                {texts.retry}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<p className="compare-status">{texts.compareLoading}</p>}>
            <YearsTable statisticKey={statistic.key} place={place} texts={texts} onLeave={onClose} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </Dialog>
  )
}
