import type { Headline } from '../../content/sanity.types'
import { formatFigure } from '../../shared/format/number'

/** A headline as plain text, its figures formatted sv-SE, for sharing: "Kronobergarna gjorde 1 037 034 besök …". */
export function headlineText(value: Headline | null | undefined): string {
  if (!Array.isArray(value)) return ''
  return value
    .map((block) =>
      (block.children ?? [])
        .map((child) => {
          if (child._type === 'span') return child.text ?? ''
          if (child._type === 'headlineFigure' && typeof child.value === 'number' && Number.isFinite(child.value)) {
            return formatFigure({ value: child.value, decimals: child.decimals, unit: child.unit })
          }
          return ''
        })
        .join(''),
    )
    .join(' ')
    .replace(/[ \t\r\n]+/g, ' ') // collapses spaces, keeping the no-break ones inside figures
    .trim()
}
