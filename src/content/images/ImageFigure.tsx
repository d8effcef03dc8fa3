import { Suspense, use } from 'react'
import { layoutAspects, type ImageFigureProps } from './figureProps'
import type { ResponsiveFigure } from './ResponsiveFigure'

/*
 * The code that draws an image (its addresses, srcset, crop arithmetic; with Sanity also
 * @sanity/image-url) is a chunk of its own, so the start-up JS does not carry it. A prerendered
 * page needs none of it to show its images: the <img> is in the HTML, and React leaves that in
 * place until the chunk has come (a Suspense boundary is hydrated once its code is there). The
 * prerenderer loads the chunk before it renders (`loadImageFigure`), so the HTML is final. A page
 * rendered in the browser shows the box, at the image's shape and with its blurred placeholder,
 * until then.
 */
let Figure: typeof ResponsiveFigure | undefined
let loading: Promise<void> | undefined

export function loadImageFigure(): Promise<void> {
  loading ??= import('./ResponsiveFigure')
    .then((module) => module.loadResponsiveFigure())
    .then(
      (loaded) => void (Figure = loaded),
      (error: unknown) => {
        loading = undefined // a later render asks again
        throw error
      },
    )
  return loading
}

function LoadedFigure(props: ImageFigureProps) {
  if (!Figure) use(loadImageFigure())
  const Loaded = Figure!
  return <Loaded {...props} />
}

/** An image from the CMS in a `<figure>` with caption and credit (see ResponsiveFigure.tsx). */
export function ImageFigure(props: ImageFigureProps) {
  if (!props.image?.asset?._id) return null
  return (
    <Suspense fallback={<ImageBox {...props} />}>
      <LoadedFigure {...props} />
    </Suspense>
  )
}

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
