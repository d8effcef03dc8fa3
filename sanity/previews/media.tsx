import { useEffect, useState, type ComponentType, type JSX, type ReactNode } from 'react'
import { useClient, useEditState } from 'sanity'
import { AreaIcon } from '../../model/AreaIcon'
import { areaLocationQuery, type AreaLocation } from '../openInReport/location'
import { publishedId } from '../structure/orderedChildren'

/**
 * Preview media that look up what a preview's `select` cannot reach. The Studio's lists render a
 * preview's `media` as a component, so these may use the Studio's hooks; the text parts are pure
 * functions (areaLabel, publicationState), unit tested.
 */

const apiVersion = '2025-02-19'

/** What the area icon says (its tooltip and accessible name). */
export function areaLabel(location: AreaLocation | null | undefined): string {
  if (location === undefined) return 'Söker området …'
  if (location === null) return 'Ingår inte i något område: syns inte i årsberättelsen'
  const title = location.title?.trim() || 'Område utan rubrik'
  return typeof location.year === 'number' ? `${title}, ${location.year}` : `${title} (inte med i någon årsberättelse)`
}

export type PublicationState = 'published' | 'changed' | 'draft' | 'missing'

/** A report's publication state from which versions of it exist, with its Swedish label. */
export function publicationState({ draft, published }: { draft: boolean; published: boolean }): {
  state: PublicationState
  label: string
} {
  if (published && draft) return { state: 'changed', label: 'Publicerad, med ändringar som inte är publicerade' }
  if (published) return { state: 'published', label: 'Publicerad' }
  if (draft) return { state: 'draft', label: 'Utkast: inte publicerad' }
  return { state: 'missing', label: 'Finns inte' }
}

// One lookup per document for a while, however often its list item is drawn.
const lookups = new Map<string, { at: number; result: Promise<AreaLocation | null> }>()
const lookupTtl = 30_000

function lookupArea(client: ReturnType<typeof useClient>, id: string): Promise<AreaLocation | null> {
  const cached = lookups.get(id)
  if (cached && Date.now() - cached.at < lookupTtl) return cached.result
  const result = client
    .fetch<AreaLocation | null>(areaLocationQuery, { id }, { perspective: 'raw', tag: 'preview.area' })
    .catch(() => null)
  lookups.set(id, { at: Date.now(), result })
  return result
}

const neutralShape = 'M4 4h16v16H4z M6 6v12h12V6z'

/** A decorative 24×24 glyph; the element around it carries the name. */
function Glyph({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" fillRule="evenodd" />
    </svg>
  )
}

/** A preview's media: a glyph with its name as tooltip and accessible name. */
function Named({ label, children }: { label: string; children: ReactNode }) {
  return (
    <span title={label} role="img" aria-label={label} style={{ display: 'inline-flex' }}>
      {children}
    </span>
  )
}

function AreaMedia({ id, icon }: { id: string; icon?: string }) {
  const client = useClient({ apiVersion })
  const [location, setLocation] = useState<AreaLocation | null | undefined>(undefined)
  useEffect(() => {
    let current = true
    lookupArea(client, id).then((found) => current && setLocation(found))
    return () => {
      current = false
    }
  }, [client, id])
  const label = areaLabel(location)
  const name = icon ?? location?.icon
  return <Named label={label}>{name ? <AreaIcon name={name} /> : <Glyph d={neutralShape} />}</Named>
}

const stateShapes: Record<PublicationState, string> = {
  // A check mark, a check mark with a dot (changes waiting), a pencil, an empty square.
  published: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z',
  changed: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z M19 15a3 3 0 1 0 0 .01z',
  draft:
    'M3 17.25V21h3.75L17.8 9.94l-3.75-3.75zM20.7 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75z',
  missing: neutralShape,
}

function ReportStatusMedia({ id }: { id: string }) {
  const { draft, published, ready } = useEditState(id, 'report', 'low')
  const { state, label } = ready
    ? publicationState({ draft: Boolean(draft), published: Boolean(published) })
    : { state: 'missing' as const, label: 'Läser in …' }
  return (
    <Named label={label}>
      <Glyph d={stateShapes[state]} />
    </Named>
  )
}

/** A media component bound to one document, kept per document so lists do not remount it. */
type BoundMedia = ComponentType & { documentId: string }
const bound = new Map<string, BoundMedia>()

function bind(key: string, documentId: string, render: () => JSX.Element): BoundMedia {
  let media = bound.get(key)
  if (!media) {
    media = Object.assign(() => render(), { documentId, displayName: `Media(${key})` })
    bound.set(key, media)
  }
  return media
}

/** The icon of the area that lists a document (or of the area itself), named on hover. */
export function areaMedia(documentId: string, icon?: string): BoundMedia {
  const id = publishedId(documentId)
  return bind(`area:${id}:${icon ?? ''}`, id, () => <AreaMedia id={id} icon={icon} />)
}

/** A report's publication state as an icon, named on hover. */
export function reportStatusMedia(documentId: string): BoundMedia {
  const id = publishedId(documentId)
  return bind(`report:${id}`, id, () => <ReportStatusMedia id={id} />)
}
