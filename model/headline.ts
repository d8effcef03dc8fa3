import { formatFigure } from './format/number.ts'
import type { Headline } from './sanity.types.ts'

/**
 * A statistic's headline as plain text, its figures formatted as the page shows them
 * ("Kronobergarna gjorde 1 037 034 besök …", with no-break spaces in the number), for page
 * descriptions and the share sheet. Null when there is no text.
 */
export function headlineText(headline: Headline | null | undefined): string | null {
  if (!Array.isArray(headline)) return null
  const sentences = headline.map((block) =>
    (Array.isArray(block?.children) ? block.children : [])
      .map((child) => {
        if (child?._type === 'span') return typeof child.text === 'string' ? child.text : ''
        if (child?._type === 'headlineFigure' && typeof child.value === 'number' && Number.isFinite(child.value)) {
          return formatFigure({ value: child.value, decimals: child.decimals, unit: child.unit })
        }
        return ''
      })
      .join(''),
  )
  // Collapses ordinary white space only: the no-break spaces inside figures stay.
  const text = sentences.join(' ').replace(/[ \t\r\n\f\v]+/g, ' ').trim()
  return text === '' ? null : text
}
