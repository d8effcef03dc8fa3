import { useId, useRef, useState, type RefObject } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { Dialog } from '../../shared/ui/Dialog'
import { selectForCopy, writeClipboard } from './clipboard'
import { embedCode } from './embedCode'
import { embedUrl, type StatisticPlace } from './place'
import { Announcement, useAnnouncement } from './useAnnouncement'

/**
 * EmbedButton's dialog (loaded on demand): the iframe code for the statistic, ready to copy. The
 * code is made when the dialog opens, from the address the reader is on (so it works on any
 * host).
 */
export default function EmbedDialog({
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
  const [code, setCode] = useState('')
  const [wasOpen, setMadeFor] = useState(false)
  const field = useRef<HTMLTextAreaElement>(null)
  const fieldId = useId()
  const { message, count, announce } = useAnnouncement()

  // Each opening makes the code anew (during render: it is state derived from `open`).
  if (open !== wasOpen) {
    setMadeFor(open)
    if (open) setCode(embedCode({ src: embedUrl(place), title: `${place.title} – ${place.reportTitle}` }))
  }

  const copy = async () => {
    if (await writeClipboard(code)) announce(texts.codeCopied)
    else if (field.current) announce(selectForCopy(field.current) ? texts.codeCopied : texts.copyCodeManually)
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`${texts.embedTitle}: ${place.title}`}
      closeLabel={texts.close}
      className="embed-dialog"
      returnFocusTo={returnFocusTo}
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
  )
}
