import { useRef } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { ToolIcon } from '../../shared/icons/ToolIcon'
import { ClosedDialog, dialogCode, useDialogCode } from '../../shared/ui/lazyDialog'
import type { StatisticPlace } from './place'

/** The dialog itself loads on demand (shared/ui/lazyDialog). */
const citeDialogCode = dialogCode(() => import('./CiteDialog'))

/** "Citera": a dialog with the statistic's citation in Swedish, ready to copy (CitationPanel). */
export function CiteButton({ place, texts }: { place: StatisticPlace; texts: SiteTexts }) {
  const trigger = useRef<HTMLButtonElement>(null)
  const { Body, open, show, close, triggerProps } = useDialogCode(citeDialogCode)
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="tool-button"
        aria-haspopup="dialog"
        onClick={show}
        {...triggerProps}
      >
        <ToolIcon name="cite" />
        <span>{texts.cite}</span>
      </button>
      {Body ? (
        <Body open={open} onClose={close} place={place} texts={texts} returnFocusTo={trigger} />
      ) : (
        <ClosedDialog className="embed-dialog" />
      )}
    </>
  )
}
