import { useEffect, useState } from 'react'
import { useClient, type DocumentActionComponent } from 'sanity'
import { useRouter } from 'sanity/router'
import { presentationToolName } from '../presentation/tool'
import { studioEnv } from '../env'
import { isLocatable, resolveAppUrl, type LocatableDocument } from './location'

const apiVersion = '2025-02-19'

/** A box with an arrow out of it: "opens elsewhere". */
function LaunchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M14 4h6v6h-2V7.4l-7.3 7.3-1.4-1.4L16.6 6H14zM5 6h6v2H6v10h10v-5h2v7H4V6z" fill="currentColor" />
    </svg>
  )
}

/**
 * "Öppna i årsberättelsen": opens the document's page in the Studio's Presentation tool, the
 * app beside the form with the editor's drafts (no cookie or token needed, in any browser).
 * Disabled, with the reason as its title, while the document has no page (no slug, not in an
 * area or report).
 */
export const OpenInReportAction: DocumentActionComponent = (props) => {
  const client = useClient({ apiVersion })
  const router = useRouter()
  const document = (props.draft ?? props.published) as LocatableDocument | null
  const [target, setTarget] = useState<{ url: string | null; reason?: string }>({ url: null, reason: 'Söker sidan …' })
  // Look up again only when what the URL is made of changes, not on every keystroke elsewhere.
  const { _id: id, _type: type, year } = document ?? { _id: '', _type: '' }
  const slug = document?.slug?.current

  useEffect(() => {
    if (!id || !isLocatable(type)) return
    let current = true
    const located: LocatableDocument = { _id: id, _type: type, year, slug: { current: slug } }
    resolveAppUrl(located, (query, params) => client.fetch(query, params, { perspective: 'raw' }), studioEnv.appUrl)
      .then((found) => current && setTarget(found))
      .catch(() => current && setTarget({ url: null, reason: 'Kunde inte slå upp sidan just nu.' }))
    return () => {
      current = false
    }
  }, [client, id, type, year, slug])

  if (!document || !isLocatable(document._type)) return null
  return {
    label: 'Öppna i årsberättelsen',
    icon: LaunchIcon,
    disabled: !target.url,
    title: target.url ? `Förhandsvisa ${new URL(target.url).pathname}` : target.reason,
    onHandle: () => {
      if (target.url) {
        router.navigateIntent('edit', {
          id: props.id,
          type: props.type,
          mode: 'presentation',
          presentation: presentationToolName,
          // The page, as a path from the app's origin (a sub-path included).
          preview: new URL(target.url).pathname,
        })
      }
      props.onComplete()
    },
  }
}
OpenInReportAction.displayName = 'OpenInReportAction'
