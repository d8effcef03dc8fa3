import { PortableText, type PortableTextComponents, type PortableTextProps } from '@portabletext/react'
import { ImageFigure } from '../images/ImageFigure'
import type { ImageValue } from '../images/imageGeometry'
import { SafeLink } from './SafeLink'

const components: PortableTextComponents = {
  marks: {
    link: ({ value, children }) => (
      <SafeLink href={(value as { href?: unknown } | undefined)?.href}>{children}</SafeLink>
    ),
  },
  types: {
    quote: ({ value }) => {
      const { text, name, role } = value as { text?: string; name?: string; role?: string }
      if (!text) return null
      return (
        <figure className="quote">
          <blockquote>
            <p>{text}</p>
          </blockquote>
          {name ? (
            <figcaption>
              {name}
              {role ? `, ${role}` : ''}
            </figcaption>
          ) : null}
        </figure>
      )
    },
    // An image in an article's body, at text width (below the fold: loaded lazily).
    contentImage: ({ value }) => <ImageFigure image={value as ImageValue} layout="articleBody" />,
  },
  // An unknown block type from a newer schema is skipped rather than breaking the page.
  unknownType: () => null,
  unknownMark: ({ children }) => <>{children}</>,
}

/** CMS text as Portable Text: never raw HTML. */
export function RichText({ value }: { value: PortableTextProps['value'] | null | undefined }) {
  if (!Array.isArray(value) || value.length === 0) return null
  return <PortableText value={value} components={components} onMissingComponent={false} />
}
