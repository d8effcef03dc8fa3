import { useEffect, useEffectEvent, useId, useRef, useState, useSyncExternalStore } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { ToolIcon } from '../../shared/icons/ToolIcon'
import { selectForCopy, writeClipboard } from './clipboard'
import { canonicalUrl, type StatisticPlace } from './place'
import { headlineText } from '../../../model/headline.ts'

/**
 * "Kopiera länk" and, where the browser has the Web Share API, "Dela". Both give the statistic's
 * canonical address. When the clipboard cannot be written, the address appears in a read-only
 * field, selected, for the reader to copy. Results are said through `announce` (a live region).
 *
 * Renders buttons into the toolbar and, after a failed copy, the field (see `LinkField`).
 */
export function useShareTools({
  statistic,
  place,
  texts,
  announce,
}: {
  statistic: Statistic
  place: StatisticPlace
  texts: SiteTexts
  announce: (message: string) => void
}) {
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null)
  const [selectRequest, setSelectRequest] = useState(0)
  const field = useRef<HTMLInputElement>(null)
  // Only known after mounting: a server render (and the first client render) has no Share button.
  const canShare = useSyncExternalStore(neverChanges, deviceCanShare, () => false)

  // The field exists only after the render that follows a failed copy: select it then, and say
  // so with the texts as they are now.
  const announceSelection = useEffectEvent((input: HTMLInputElement) =>
    announce(selectForCopy(input) ? texts.linkCopied : texts.copyLinkManually),
  )
  useEffect(() => {
    if (selectRequest === 0 || !field.current) return
    announceSelection(field.current)
  }, [selectRequest])

  const copyLink = async () => {
    const url = canonicalUrl(place)
    if (await writeClipboard(url)) {
      setFallbackUrl(null)
      announce(texts.linkCopied)
      return
    }
    setFallbackUrl(url)
    setSelectRequest((n) => n + 1)
  }

  const share = async () => {
    const url = canonicalUrl(place)
    try {
      await navigator.share({
        title: `${statistic.title} – ${place.reportTitle}`,
        text: headlineText(statistic.headline) ?? '',
        url,
      })
    } catch (error) {
      // The reader closed the share sheet: nothing went wrong.
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return
      await copyLink()
    }
  }

  const buttons = (
    <>
      <button type="button" className="tool-button" onClick={copyLink}>
        <ToolIcon name="link" />
        <span>{texts.copyLink}</span>
      </button>
      {canShare ? (
        <button type="button" className="tool-button" onClick={share}>
          <ToolIcon name="share" />
          <span>{texts.share}</span>
        </button>
      ) : null}
    </>
  )
  const linkField = fallbackUrl ? <LinkField ref={field} url={fallbackUrl} label={texts.linkLabel} /> : null
  return { buttons, linkField }
}

/**
 * Whether the device has a share sheet. Fixed for the page's life; a server render (and the
 * hydrating render that must match it) says no, so the button appears after hydration.
 */
const deviceCanShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function'
const neverChanges = () => () => {}

function LinkField({ url, label, ref }: { url: string; label: string; ref: React.Ref<HTMLInputElement> }) {
  const id = useId()
  return (
    <p className="tool-link-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className="link-field"
        type="url"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
    </p>
  )
}
