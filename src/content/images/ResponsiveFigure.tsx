import { memo, useContext } from 'react'
import { readContentConfig } from '../env'
import { configureImageUrls, imageSources } from './imageUrls'
import { imageLayouts } from './layouts'
import { safeLqip, type ImageFigureProps } from './figureProps'
import { ImagePreloadCollectorContext } from './imagePreload'

/**
 * An image from the CMS in a `<figure>`, with its caption and credit: a `<picture>` with the
 * modern formats the source offers, `srcset`/`sizes` for the layout's widths, `width`/`height`
 * so the box is reserved before it loads (no layout shift), and the asset's blurred placeholder
 * (`lqip`) as the box's background until the image covers it. `loading` says when it loads
 * (see ImageFigureProps).
 * Renders nothing for an image without a usable asset; a decorative image gets `alt=""`.
 * Rendered through ImageFigure.
 */
/**
 * The figure for this build's content source: against Sanity, after its image addresses
 * (@sanity/image-url, a chunk of its own) are set up.
 */
export async function loadResponsiveFigure(): Promise<typeof ResponsiveFigure> {
  const config = readContentConfig(import.meta.env)
  if (config.kind === 'sanity') {
    const { sanityImageUrls } = await import('./sanityImageUrls')
    configureImageUrls(sanityImageUrls(config))
  }
  return ResponsiveFigure
}

// Memoised: the area view renders again on every change of slide, its lead image need not.
export const ResponsiveFigure = memo(function ResponsiveFigure({
  image,
  layout: layoutName,
  loading = 'lazy',
  className,
}: ImageFigureProps) {
  const collectPreload = useContext(ImagePreloadCollectorContext)
  const layout = imageLayouts[layoutName]
  const sources = imageSources(image, layout)
  if (!image || !sources) return null
  const lazy = loading !== 'priority'
  // Only while prerendering: the page's head preloads the image (see imagePreload.ts).
  if (typeof loading === 'object') collectPreload?.(loading.preloadWhere, sources, layout.sizes)
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
          loading={lazy ? 'lazy' : 'eager'}
          fetchPriority={loading === 'priority' ? 'high' : 'auto'}
          decoding={lazy ? 'async' : 'auto'}
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
})
