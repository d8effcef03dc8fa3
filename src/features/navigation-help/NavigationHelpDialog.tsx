import type { ChangeEvent, RefObject } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { NavigationHelp as NavigationHelpContent } from '../../content/report'
import { Dialog } from '../../shared/ui/Dialog'
import { HelpIcon } from './HelpIcon'

/** NavigationHelp's dialog (loaded on demand): the CMS's intro, items and "don't show again". */
export default function NavigationHelpDialog({
  open,
  onClose,
  help,
  texts,
  dontShowAgain,
  onDontShowAgainChange,
  returnFocusTo,
}: {
  open: boolean
  onClose: () => void
  help: NavigationHelpContent
  texts: SiteTexts
  dontShowAgain: boolean
  onDontShowAgainChange: (event: ChangeEvent<HTMLInputElement>) => void
  returnFocusTo: RefObject<HTMLButtonElement | null>
}) {
  const items = Array.isArray(help.items)
    ? help.items.filter((item) => item != null && typeof item.text === 'string' && item.text.trim() !== '')
    : []

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={help.title}
      closeLabel={texts.close}
      className="navigation-help"
      returnFocusTo={returnFocusTo}
    >
      {help.intro ? <p className="navigation-help__intro">{help.intro}</p> : null}
      {items.length > 0 ? (
        <ul className="navigation-help__items">
          {items.map((item, index) => (
            <li key={item._key ?? index}>
              <span className="navigation-help__icon">
                <HelpIcon name={item.icon} />
              </span>
              <span className="navigation-help__text">{item.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="navigation-help__dont-show">
        <input type="checkbox" checked={dontShowAgain} onChange={onDontShowAgainChange} />
        <span>{texts.dontShowAgain}</span>
      </label>
    </Dialog>
  )
}
