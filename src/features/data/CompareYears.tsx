import { lazy, Suspense, useRef, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { ErrorBoundary } from '../../shared/ui/ErrorBoundary'
import type { Statistic } from '../../content/report'
import { Dialog } from '../../shared/ui/Dialog'
import type { StatisticPlace } from '../share'
import { ToolIcon } from '../../shared/icons/ToolIcon'

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
 * "Jämför år": the statistic's headline value in every year that has it (same key),
 * oldest first, each year a link to that year's statistic. The other years are fetched when the
 * dialog is first opened, in one request, and kept; until then nothing is asked.
 */
export function CompareYears({
  statistic,
  place,
  texts,
}: {
  statistic: Statistic
  place: StatisticPlace
  texts: SiteTexts
}) {
  const [open, setOpen] = useState(false)
  const [requested, setRequested] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => {
          setRequested(true)
          setOpen(true)
        }}
      >
        <ToolIcon name="compare" />
        <span>{texts.compareYears}</span>
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${texts.compareTitle}: ${statistic.title}`}
        closeLabel={texts.close}
        className="compare-dialog"
        returnFocusTo={trigger}
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
              <YearsTable statisticKey={statistic.key} place={place} texts={texts} onLeave={() => setOpen(false)} />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </Dialog>
    </>
  )
}
