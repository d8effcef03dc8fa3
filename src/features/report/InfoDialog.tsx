import { useRef } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { InfoIcon } from '../../shared/icons/NavigationIcons'
import { ClosedDialog, dialogCode, useDialogCode } from '../../shared/ui/lazyDialog'

/** The dialog itself loads on demand (shared/ui/lazyDialog). */
const infoDialogCode = dialogCode(() => import('./InfoDialogBody'))

/**
 * The info icon and the statistic's explanation (definition, period, source) in a modal dialog:
 * the browser traps focus and closes it on Esc; "×" closes it; focus returns to the icon.
 */
export function InfoDialog({ statistic, texts }: { statistic: Statistic; texts: SiteTexts }) {
  const trigger = useRef<HTMLButtonElement>(null)
  const { Body, open, show, close, triggerProps } = useDialogCode(infoDialogCode)
  const hasInfo = Array.isArray(statistic.info) && statistic.info.length > 0
  if (!hasInfo && !statistic.period && !statistic.source?.name) return null
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="icon-button info-button"
        aria-haspopup="dialog"
        onClick={show}
        {...triggerProps}
      >
        <InfoIcon />
        <span className="visually-hidden">
          {texts.info}: {statistic.title}
        </span>
      </button>
      {Body ? (
        <Body open={open} onClose={close} statistic={statistic} texts={texts} returnFocusTo={trigger} />
      ) : (
        <ClosedDialog className="info-dialog" />
      )}
    </>
  )
}
