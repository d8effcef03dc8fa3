import { useDocumentOperation, type DocumentActionComponent } from 'sanity'
import { checkSlug } from '../model/rules'

/** Document types whose old addresses keep working (see `formerSlugs` in the schema). */
export const typesWithSlugHistory: ReadonlySet<string> = new Set(['statistic'])

interface SlugHistoryDocument {
  slug?: { current?: unknown } | null
  formerSlugs?: unknown
}

/**
 * The former slugs after publishing `draft` over `published`: when the slug changed, the
 * published one joins the list (once), and the new slug leaves it (it is the address now).
 * `null` when nothing changes.
 */
export function nextFormerSlugs(
  published: SlugHistoryDocument | null | undefined,
  draft: SlugHistoryDocument | null | undefined,
): string[] | null {
  const before = published?.slug?.current
  const after = draft?.slug?.current
  if (typeof before !== 'string' || typeof after !== 'string' || before === after) return null
  if (checkSlug(before) !== true) return null
  const current = Array.isArray(draft?.formerSlugs)
    ? draft.formerSlugs.filter((slug): slug is string => typeof slug === 'string')
    : []
  return [...current.filter((slug) => slug !== after && slug !== before), before]
}

const wrappers = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

/**
 * Wraps Sanity's publish action: publishing a renamed statistic first records the slug it had
 * (so `/{year}/{area}/{old slug}` keeps leading to it), then publishes as usual.
 */
export function withSlugHistory(publish: DocumentActionComponent): DocumentActionComponent {
  // One wrapper per action: the Studio resolves the actions often, and a new component each
  // time would lose the action's state.
  const cached = wrappers.get(publish)
  if (cached) return cached
  const PublishWithSlugHistory: DocumentActionComponent = (props) => {
    const original = publish(props)
    const { patch } = useDocumentOperation(props.id, props.type)
    if (!original) return original
    return {
      ...original,
      onHandle: () => {
        const formerSlugs = nextFormerSlugs(
          props.published as SlugHistoryDocument | null,
          props.draft as SlugHistoryDocument | null,
        )
        if (formerSlugs) patch.execute([{ set: { formerSlugs } }])
        original.onHandle?.()
      },
    }
  }
  PublishWithSlugHistory.action = publish.action
  PublishWithSlugHistory.displayName = 'PublishWithSlugHistory'
  wrappers.set(publish, PublishWithSlugHistory)
  return PublishWithSlugHistory
}

/** The document actions with publish wrapped, for the types that keep a slug history. */
export function slugHistoryActions(actions: DocumentActionComponent[], schemaType: string): DocumentActionComponent[] {
  if (!typesWithSlugHistory.has(schemaType)) return actions
  return actions.map((action) => (action.action === 'publish' ? withSlugHistory(action) : action))
}
