import { useRef } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { ToolIcon } from '../../shared/icons/ToolIcon'
import { ClosedDialog, dialogCode, useDialogCode } from '../../shared/ui/lazyDialog'
import type { StatisticPlace } from './place'

/** The dialog itself loads on demand (shared/ui/lazyDialog). */
const embedDialogCode = dialogCode(() => import('./EmbedDialog'))

/** "Bädda in": a dialog with the iframe code for the statistic, ready to copy (EmbedDialog). */
export function EmbedButton({ place, texts }: { place: StatisticPlace; texts: SiteTexts }) {
  const trigger = useRef<HTMLButtonElement>(null)
  const { Body, open, show, close, triggerProps } = useDialogCode(embedDialogCode)
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
        <ToolIcon name="embed" />
        <span>{texts.embed}</span>
      </button>
      {Body ? (
        <Body open={open} onClose={close} place={place} texts={texts} returnFocusTo={trigger} />
      ) : (
        <ClosedDialog className="embed-dialog" />
      )}
    </>
  )
}
