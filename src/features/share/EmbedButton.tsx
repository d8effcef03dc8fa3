import { useId, useRef, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { Dialog } from '../../shared/ui/Dialog'
import { ToolIcon } from '../../shared/icons/ToolIcon'
import { selectForCopy, writeClipboard } from './clipboard'
import { embedCode } from './embedCode'
import { embedUrl, type StatisticPlace } from './place'
import { Announcement, useAnnouncement } from './useAnnouncement'

/**
 * "Bädda in": a dialog with the iframe code for the statistic, ready to copy. The code is made
 * when the dialog opens, from the address the reader is on (so it works on any host).
 */
export function EmbedButton({ place, texts }: { place: StatisticPlace; texts: SiteTexts }) {
  const [open, setOpen] = useState(false)
  const [code, setCode] = useState('')
  const trigger = useRef<HTMLButtonElement>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  const fieldId = useId()
  const { message, count, announce } = useAnnouncement()

  const openDialog = () => {
    setCode(embedCode({ src: embedUrl(place), title: `${place.title} – ${place.reportTitle}` }))
    setOpen(true)
  }

  const copy = async () => {
    if (await writeClipboard(code)) announce(texts.codeCopied)
    else if (field.current) announce(selectForCopy(field.current) ? texts.codeCopied : texts.copyCodeManually)
  }

  return (
    <>
      <button ref={trigger} type="button" className="tool-button" aria-haspopup="dialog" onClick={openDialog}>
        <ToolIcon name="embed" />
        <span>{texts.embed}</span>
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${texts.embedTitle}: ${place.title}`}
        closeLabel={texts.close}
        className="embed-dialog"
        returnFocusTo={trigger}
      >
        <p>{texts.embedIntro}</p>
        <label className="field-label" htmlFor={fieldId}>
          {texts.embedCode}
        </label>
        <textarea
          ref={field}
          id={fieldId}
          className="code-field"
          readOnly
          rows={5}
          spellCheck={false}
          value={code}
          onFocus={(event) => event.currentTarget.select()}
        />
        <p className="dialog-actions">
          <button type="button" className="button" onClick={copy}>
            {texts.copyCode}
          </button>
        </p>
        <Announcement message={message} count={count} />
      </Dialog>
    </>
  )
}
