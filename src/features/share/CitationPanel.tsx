import { useId, useRef, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { selectForCopy, writeClipboard } from './clipboard'
import { citationText } from './citation'
import type { StatisticPlace } from './place'
import { Announcement, useAnnouncement } from './useAnnouncement'

/**
 * The citation, ready to paste, in a read-only field with "Kopiera källhänvisningen". Where the
 * clipboard cannot be written (an iframe without the permission, plain http), the text is
 * selected in the field for the reader to copy, and they are told so.
 */
export default function CitationPanel({ place, texts }: { place: StatisticPlace; texts: SiteTexts }) {
  // The date retrieved is the day the dialog was opened.
  const [text] = useState(() => citationText(place, texts, new Date()))
  const field = useRef<HTMLTextAreaElement>(null)
  const id = useId()
  const { message, count, announce } = useAnnouncement()
  const copy = async () => {
    if (await writeClipboard(text)) announce(texts.citationCopied)
    else if (field.current) announce(selectForCopy(field.current) ? texts.citationCopied : texts.copyCitationManually)
  }
  return (
    <>
      <p>{texts.citeIntro}</p>
      <label className="field-label" htmlFor={id}>
        {texts.citation}
      </label>
      <textarea
        ref={field}
        id={id}
        className="code-field citation-field"
        readOnly
        rows={4}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="dialog-actions">
        <button type="button" className="button" onClick={copy}>
          {texts.copyCitation}
        </button>
      </p>
      <Announcement message={message} count={count} />
    </>
  )
}
