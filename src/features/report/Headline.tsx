import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { Headline as HeadlineValue, HeadlineFigure } from '../../../model/sanity.types'
import { formatFigure } from '../../../model/format/number'

const components: PortableTextComponents = {
  block: { normal: ({ children }) => <span className="headline-sentence">{children} </span> },
  types: {
    headlineFigure: ({ value }) => {
      const figure = value as Partial<HeadlineFigure>
      if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) return null
      // <strong>: emphasised for sight and, with its no-break spaces, read as one number.
      return <strong className="figure">{formatFigure({ value: figure.value, decimals: figure.decimals, unit: figure.unit })}</strong>
    },
  },
  unknownType: () => null,
}

/** The statistic's sentence, its numbers formatted sv-SE and emphasised. */
export function Headline({ value }: { value: HeadlineValue | null | undefined }) {
  if (!Array.isArray(value) || value.length === 0) return null
  return (
    <p className="headline">
      <PortableText value={value} components={components} onMissingComponent={false} />
    </p>
  )
}

/** The statistic's headline value: its first figure (see the schema). */
export function headlineFigure(value: HeadlineValue | null | undefined): HeadlineFigure | null {
  for (const block of value ?? []) {
    for (const child of block.children ?? []) {
      if (child._type === 'headlineFigure' && typeof child.value === 'number') return child
    }
  }
  return null
}
