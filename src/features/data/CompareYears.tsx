import { useRef, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import type { StatisticPlace } from '../share'
import { ToolIcon } from '../../shared/icons/ToolIcon'
import { ClosedDialog, dialogCode, useDialogCode } from '../../shared/ui/lazyDialog'

/** The dialog itself loads on demand (shared/ui/lazyDialog). */
const compareYearsDialogCode = dialogCode(() => import('./CompareYearsDialog'))

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
  const [requested, setRequested] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const { Body, open, show, close, triggerProps } = useDialogCode(compareYearsDialogCode)
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={() => {
          setRequested(true)
          show()
        }}
        {...triggerProps}
      >
        <ToolIcon name="compare" />
        <span>{texts.compareYears}</span>
      </button>
      {Body ? (
        <Body
          open={open}
          onClose={close}
          requested={requested}
          statistic={statistic}
          place={place}
          texts={texts}
          returnFocusTo={trigger}
        />
      ) : (
        <ClosedDialog className="compare-dialog" />
      )}
    </>
  )
}
