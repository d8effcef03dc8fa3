import { useRef, useState } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { RichText } from '../../content/portable-text/RichText'
import { SafeLink } from '../../content/portable-text/SafeLink'
import { InfoIcon } from '../../shared/icons/NavigationIcons'
import { Dialog } from '../../shared/ui/Dialog'

/**
 * The info icon and the statistic's explanation (definition, period, source) in a modal dialog:
 * the browser traps focus and closes it on Esc; "×" closes it; focus returns to the icon.
 */
export function InfoDialog({ statistic, texts }: { statistic: Statistic; texts: SiteTexts }) {
  const trigger = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const hasInfo = Array.isArray(statistic.info) && statistic.info.length > 0
  if (!hasInfo && !statistic.period && !statistic.source?.name) return null
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className="icon-button info-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <InfoIcon />
        <span className="visually-hidden">
          {texts.info}: {statistic.title}
        </span>
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={statistic.title}
        closeLabel={texts.close}
        className="info-dialog"
        returnFocusTo={trigger}
      >
        <StatisticFacts statistic={statistic} texts={texts} />
      </Dialog>
    </>
  )
}

/** The statistic's definition, period and source. */
export function StatisticFacts({ statistic, texts }: { statistic: Statistic; texts: SiteTexts }) {
  const hasInfo = Array.isArray(statistic.info) && statistic.info.length > 0
  return (
    <dl className="statistic-facts">
      {hasInfo ? (
        <>
          <dt>{texts.definition}</dt>
          <dd>
            <RichText value={statistic.info} />
          </dd>
        </>
      ) : null}
      {statistic.period ? (
        <>
          <dt>{texts.period}</dt>
          <dd>{statistic.period}</dd>
        </>
      ) : null}
      {statistic.source?.name ? (
        <>
          <dt>{texts.source}</dt>
          <dd>
            <SafeLink href={statistic.source.url}>{statistic.source.name}</SafeLink>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
