import type { RefObject } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { Dialog } from '../../shared/ui/Dialog'
import { StatisticFacts } from './StatisticFacts'

/** The info dialog (InfoDialog's, loaded on demand): the statistic's facts. */
export default function InfoDialogBody({
  open,
  onClose,
  statistic,
  texts,
  returnFocusTo,
}: {
  open: boolean
  onClose: () => void
  statistic: Statistic
  texts: SiteTexts
  returnFocusTo: RefObject<HTMLButtonElement | null>
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={statistic.title}
      closeLabel={texts.close}
      className="info-dialog"
      returnFocusTo={returnFocusTo}
    >
      <StatisticFacts statistic={statistic} texts={texts} />
    </Dialog>
  )
}
