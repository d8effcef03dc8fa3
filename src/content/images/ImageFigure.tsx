import { memo, Suspense, use } from 'react'
import { layoutAspects, type ImageFigureProps } from './figureProps'
import { loadResponsiveFigure, type ResponsiveFigure } from './ResponsiveFigure'

/*
 * The code that draws an image (its addresses, srcset, crop arithmetic) is part of the start:
 * every area has a lead image, and a chunk of its own would be one more round trip before a
 * page could be taken over. Against Sanity, @sanity/image-url is a chunk of its own, set up
 * before the figure first renders. A prerendered page shows its images without it (the <img>
 * is in the HTML); the browser entry sets it up before taking such a page over, since React
 * would throw away the HTML of a Suspense boundary whose code is missing when anything above it
 * changes meanwhile. The prerenderer does the same before rendering, so the HTML is final. A
 * page rendered in the browser shows the box, at the layout's shape, until it is there.
 */
let Figure: typeof ResponsiveFigure | undefined
let loading: Promise<void> | undefined

export function loadImageFigure(): Promise<void> {
  if (!loading) {
    const promise = loadResponsiveFigure().then(
      (loaded) => void (Figure = loaded),
      (error: unknown) => {
        loading = undefined // a later render asks again
        throw error
      },
    )
    // Marked as React marks the promises it has seen settle, so that `use` reads it at once in
    // every later render (a component must call `use` on every render, not only while waiting).
    promise.then(
      () => Object.assign(promise, { status: 'fulfilled', value: undefined }),
      () => {},
    )
    loading = promise
  }
  return loading
}

function LoadedFigure(props: ImageFigureProps) {
  use(loadImageFigure())
  const Loaded = Figure!
  return <Loaded {...props} />
}

/**
 * An image from the CMS in a `<figure>` with caption and credit (see ResponsiveFigure.tsx).
 * Memoised: the page around it renders again on every change of slide.
 */
export const ImageFigure = memo(function ImageFigure(props: ImageFigureProps) {
  if (!props.image?.asset?._id) return null
  return (
    <Suspense fallback={<ImageBox {...props} />}>
      <LoadedFigure {...props} />
    </Suspense>
  )
})

/**
 * The box the image will fill, at the layout's shape, while its code loads (a page rendered in
 * the browser; prerendered pages keep their image).
 */
function ImageBox({ layout, className }: ImageFigureProps) {
  return (
    <figure className={className ? `content-image ${className}` : 'content-image'} aria-hidden="true">
      <div className="content-image-img" style={{ aspectRatio: layoutAspects[layout] }} />
    </figure>
  )
}
