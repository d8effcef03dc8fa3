import type { ReactNode } from 'react'
import type { HelpIcon as HelpIconName } from '../../../model/icons'

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const

/** One drawing per icon an editor can choose for a help item (see sanity/schemaTypes/icons.ts). */
const shapes: Record<HelpIconName, ReactNode> = {
  info: (
    <>
      <circle cx="12" cy="12" r="9" {...stroke} />
      <path d="M12 11v6" {...stroke} />
      <circle cx="12" cy="7.5" r="1.25" fill="currentColor" />
    </>
  ),
  areas: (
    <path
      d="M5 4h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zm10 0h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zM5 14h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1zm10 0h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1z"
      {...stroke}
    />
  ),
  sideArrows: <path d="M9 6l-6 6 6 6M15 6l6 6-6 6" {...stroke} />,
  downArrow: <path d="M12 4v15M6 13l6 6 6-6" {...stroke} />,
}

function isHelpIconName(name: unknown): name is HelpIconName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(shapes, name)
}

/**
 * The icon a help item explains. Decorative: the item's text says what it means. An unknown
 * name (malformed content) draws a plain dot rather than a wrong icon.
 */
export function HelpIcon({ name }: { name: string | null | undefined }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {isHelpIconName(name) ? shapes[name] : <circle cx="12" cy="12" r="3" fill="currentColor" />}
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
