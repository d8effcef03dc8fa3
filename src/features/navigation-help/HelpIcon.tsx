import type { ReactNode } from 'react'
import type { HelpIcon as HelpIconName } from '../../../model/icons'
import { AreaIcon } from '../../../model/AreaIcon'
import { downChevron, InfoIcon, nextChevron, previousChevron } from '../../shared/icons/NavigationIcons'

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const

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

/** The help button's question mark. Decorative: the button has its own text. */
export function QuestionIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" {...stroke} />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6" {...stroke} />
      <circle cx="12" cy="17" r="1.25" fill="currentColor" />
    </svg>
  )
}
