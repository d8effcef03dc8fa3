import { imageSources, type ImageLayout } from './imageUrls'
import type { ImageValue } from './imageGeometry'

/** A placeholder the CSS may show: a data URL of an image, nothing that could end `url()`. */
const safeLqip = (lqip: string | undefined) =>
  lqip && /^data:image\/(?:jpeg|png|webp|avif);base64,[A-Za-z0-9+/=]+$/.test(lqip) ? lqip : undefined

/**
 * An image from the CMS in a `<figure>`, with its caption and credit: a `<picture>` with the
 * modern formats the source offers, `srcset`/`sizes` for the layout's widths, `width`/`height`
 * so the box is reserved before it loads (no layout shift), and the asset's blurred placeholder
 * (`lqip`) as the box's background until the image covers it. `priority` marks the image that
 * is the page's largest element: loaded at once with high priority; others load lazily.
 * Renders nothing for an image without a usable asset; a decorative image gets `alt=""`.
 */
export function ImageFigure({
  image,
  layout,
  priority = false,
  className,
}: {
  image: ImageValue | null | undefined
  layout: ImageLayout
  priority?: boolean
  className?: string
}) {
  const sources = imageSources(image, layout)
  if (!image || !sources) return null
  const alt = image.decorative ? '' : (image.alt ?? '').trim()
  const caption = image.caption?.trim()
  const credit = image.credit?.trim()
  const lqip = safeLqip(sources.lqip)
  return (
    <figure className={className ? `content-image ${className}` : 'content-image'}>
      <picture>
        {sources.sources.map((source) => (
          <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={layout.sizes} />
        ))}
        <img
          className="content-image-img"
          src={sources.src}
          srcSet={sources.srcSet}
          sizes={layout.sizes}
          width={sources.width}
          height={sources.height}
          alt={alt}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : 'auto'}
          decoding={priority ? 'auto' : 'async'}
          style={lqip ? { backgroundImage: `url(${lqip})` } : undefined}
        />
      </picture>
      {caption || credit ? (
        <figcaption>
          {caption ? <span className="content-image-caption">{caption}</span> : null}
          {caption && credit ? ' ' : null}
          {credit ? <span className="content-image-credit">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
