import type { ReactNode } from 'react'
import type { HelpIcon as HelpIconName } from '../../../model/icons'
import { AreaIcon } from '../../../model/AreaIcon'
import { downChevron, InfoIcon, nextChevron, previousChevron } from '../../shared/icons/NavigationIcons'
import { stroke } from './QuestionIcon'

/** Chevrons as the page's own buttons draw them. */
const chevrons = (children: ReactNode) => (
  <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" {...stroke} strokeWidth={2.5}>
    {children}
  </svg>
)

/**
 * One drawing per icon an editor can choose for a help item (see model/icons.ts):
 * the very drawings of the controls the item explains.
 */
const shapes: Record<HelpIconName, ReactNode> = {
  info: <InfoIcon />,
  // The area icons are the statistics icons; the economy's bar chart stands for them all.
  areas: <AreaIcon name="economy" />,
  // Both side arrows, each as drawn on its button, a little apart.
  sideArrows: chevrons(
    <>
      <path d={previousChevron} transform="translate(-4.5 0)" />
      <path d={nextChevron} transform="translate(4.5 0)" />
    </>,
  ),
  downArrow: chevrons(<path d={downChevron} />),
}

function isHelpIconName(name: unknown): name is HelpIconName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(shapes, name)
}

/**
 * The icon a help item explains. Decorative: the item's text says what it means. An unknown
 * name (malformed content) draws a plain dot rather than a wrong icon.
 */
export function HelpIcon({ name }: { name: string | null | undefined }) {
  if (isHelpIconName(name)) return shapes[name]
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="3" fill="currentColor" />
    </svg>
  )
}
