import { PortableText, type PortableTextComponents } from '@portabletext/react'
import { formatFigure } from '../../../model/format/number'
import { toFigure } from '../../../model/headline'
import type { Headline as HeadlineValue } from '../../../model/sanity.types'
import { sanityAttribute } from '../../content/visualEditing'

/** The field path of a figure (by the `_key`s of its block and itself), for the Studio's overlay. */
function figurePath(blocks: HeadlineValue, key: unknown): string | null {
  if (typeof key !== 'string') return null
  const block = blocks.find((item) => 'children' in item && item.children?.some((child) => child._key === key))
  return block ? `headline:${block._key}.children:${key}.value` : null
}

function componentsFor(blocks: HeadlineValue, statisticId: string | undefined): PortableTextComponents {
  return {
    block: { normal: ({ children }) => <span className="headline-sentence">{children} </span> },
    types: {
      headlineFigure: ({ value }) => {
        const figure = toFigure({ ...(value as object), _type: 'headlineFigure' })
        if (!figure) return null
        const path = statisticId ? figurePath(blocks, (value as { _key?: unknown })._key) : null
        // <strong>: emphasised for sight and, with its no-break spaces, read as one number.
        return (
          <strong className="figure" data-sanity={path ? sanityAttribute(statisticId!, 'statistic', path) : undefined}>
            {formatFigure(figure)}
          </strong>
        )
      },
    },
    unknownType: () => null,
  }
}

/**
 * The statistic's sentence, its numbers formatted sv-SE and emphasised. With `statisticId`,
 * each number can be clicked in the Studio's Presentation tool.
 */
export function Headline({ value, statisticId }: { value: HeadlineValue | null | undefined; statisticId?: string }) {
  if (!Array.isArray(value) || value.length === 0) return null
  return (
    <p className="headline">
      <PortableText value={value} components={componentsFor(value, statisticId)} onMissingComponent={false} />
    </p>
  )
}
