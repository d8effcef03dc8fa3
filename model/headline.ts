import { formatFigure } from './format/number.ts'

/**
 * Reading a statistic's headline: the one place that knows its shape (Portable Text whose
 * numbers are inline `headlineFigure` values, see the schema). The app's page, its page
 * descriptions and share text, the years comparison and the Studio's list previews all read it
 * here, so they agree on what the text and the headline value are.
 *
 * The shapes are loose on purpose: a headline comes from the CMS (possibly half-written, in a
 * draft or a preview's `select`), so every field is checked before use.
 */
export interface HeadlineChildLike {
  _type?: string
  text?: unknown
  value?: unknown
  decimals?: unknown
  unit?: unknown
  [field: string]: unknown
}

export type HeadlineLike =
  readonly { children?: readonly HeadlineChildLike[] | null; [field: string]: unknown }[] | null | undefined

/** A figure with a value, ready to format. */
export interface Figure {
  value: number
  decimals: number | null
  unit: string | null
}

/** A `headlineFigure` child as a figure, or null when it has no finite value (yet). */
export function toFigure(child: HeadlineChildLike | null | undefined): Figure | null {
  if (child?._type !== 'headlineFigure' || typeof child.value !== 'number' || !Number.isFinite(child.value)) return null
  return {
    value: child.value,
    decimals: typeof child.decimals === 'number' ? child.decimals : null,
    unit: typeof child.unit === 'string' ? child.unit : null,
  }
}

/** The headline's first figure, which is the statistic's headline value (see the schema). */
export function firstHeadlineFigure(headline: HeadlineLike): HeadlineChildLike | null {
  for (const block of Array.isArray(headline) ? headline : []) {
    for (const child of Array.isArray(block?.children) ? block.children : []) {
      if (child?._type === 'headlineFigure') return child
    }
  }
  return null
}

/**
 * The headline value formatted as the app shows it ("1 037 034 besök"), with the figure's own
 * unit or else `unit`; null when the first figure has no value.
 */
export function headlineValueText(headline: HeadlineLike, unit?: string | null): string | null {
  const figure = toFigure(firstHeadlineFigure(headline))
  return figure ? formatFigure({ ...figure, unit: figure.unit ?? unit ?? null }) : null
}

/**
 * A statistic's headline as plain text, its figures formatted as the page shows them
 * ("Kronobergarna gjorde 1 037 034 besök …", with no-break spaces in the number), for page
 * descriptions and the share sheet. Null when there is no text.
 */
export function headlineText(headline: HeadlineLike): string | null {
  if (!Array.isArray(headline)) return null
  const sentences = headline.map((block) =>
    (Array.isArray(block?.children) ? block.children : [])
      .map((child: HeadlineChildLike) => {
        if (child?._type === 'span') return typeof child.text === 'string' ? child.text : ''
        const figure = toFigure(child)
        return figure ? formatFigure(figure) : ''
      })
      .join(''),
  )
  // Collapses ordinary white space only: the no-break spaces inside figures stay.
  const text = sentences
    .join(' ')
    .replace(/[ \t\r\n\f\v]+/g, ' ')
    .trim()
  return text === '' ? null : text
}
