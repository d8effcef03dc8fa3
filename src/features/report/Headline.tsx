import { PortableText, type PortableTextComponents } from '@portabletext/react'
import { formatFigure } from '../../../model/format/number'
import { toFigure } from '../../../model/headline'
import type { Headline as HeadlineValue } from '../../../model/sanity.types'

const components: PortableTextComponents = {
  block: { normal: ({ children }) => <span className="headline-sentence">{children} </span> },
  types: {
    headlineFigure: ({ value }) => {
      const figure = toFigure({ ...(value as object), _type: 'headlineFigure' })
      if (!figure) return null
      // <strong>: emphasised for sight and, with its no-break spaces, read as one number.
      return <strong className="figure">{formatFigure(figure)}</strong>
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
