import { useEffect, useMemo, useState } from 'react'
import { useClient, type DocumentActionComponent } from 'sanity'
import { useRouter } from 'sanity/router'
import { publishedId } from '../structure/orderedChildren'
import type { SourceDocument } from './nextYearDrafts'
import { planNextYear, refusals, reportForYearQuery } from './planNextYear'

const apiVersion = '2025-02-19'

/** A calendar with a plus: "a new year". */
function NewYearIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        d="M7 2h2v2h6V2h2v2h3v16H4V4h3zM6 9v9h12V9zm5 1h2v2h2v2h-2v2h-2v-2H9v-2h2z"
        fill="currentColor"
        fillRule="evenodd"
      />
    </svg>
  )
}

type State =
  | { kind: 'checking' }
  | { kind: 'refused'; reason: string }
  | { kind: 'ready' }
  | { kind: 'confirming' }
  | { kind: 'working' }
  | { kind: 'failed'; message: string }

/**
 * "Starta nästa år" on a report: creates next year's report, areas and statistics as drafts
 * (see nextYearDrafts.ts) in one transaction and opens the new report. Disabled, with the reason
 * as its title, when a report for next year already exists (published or draft).
 */
export const StartNextYearAction: DocumentActionComponent = (props) => {
  const studioClient = useClient({ apiVersion })
  const client = useMemo(() => studioClient.withConfig({ perspective: 'raw' }), [studioClient])
  const router = useRouter()
  const report = (props.draft ?? props.published) as SourceDocument | null
  const year = typeof report?.year === 'number' ? report.year : null
  const [state, setState] = useState<State>({ kind: 'checking' })

  useEffect(() => {
    if (year === null) {
      setState({ kind: 'refused', reason: refusals.noYear })
      return
    }
    let current = true
    setState({ kind: 'checking' })
    client
      .fetch<boolean>(reportForYearQuery, { year: year + 1 })
      .then(
        (exists) =>
          current && setState(exists ? { kind: 'refused', reason: refusals.exists(year + 1) } : { kind: 'ready' }),
      )
      .catch(() => current && setState({ kind: 'ready' })) // planNextYear checks again before writing
    return () => {
      current = false
    }
  }, [client, year])

  if (props.type !== 'report' || !report) return null
  const next = year === null ? null : year + 1

  async function start() {
    if (!report) return
    setState({ kind: 'working' })
    try {
      const plan = await planNextYear(report, (query, params) => client.fetch(query, params))
      if ('refused' in plan) {
        setState({ kind: 'refused', reason: plan.refused })
        return
      }
      const transaction = client.transaction()
      for (const document of plan.documents) transaction.create(document)
      await transaction.commit({ tag: 'studio.start-next-year' })
      props.onComplete()
      router.navigateIntent('edit', { id: publishedId(plan.documents[0]!._id), type: 'report' })
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }

  return {
    label: 'Starta nästa år',
    icon: NewYearIcon,
    disabled: state.kind === 'checking' || state.kind === 'refused' || state.kind === 'working',
    title:
      state.kind === 'refused'
        ? state.reason
        : `Skapar ett utkast till Årsberättelse ${next ?? 'för nästa år'} med samma områden och statistik, utan siffror.`,
    onHandle: () => setState({ kind: 'confirming' }),
    dialog:
      state.kind === 'confirming'
        ? {
            type: 'confirm',
            tone: 'primary',
            message: `Skapa ett utkast till Årsberättelse ${next} med samma områden och samma statistik? Talen, diagrammens värden och källorna lämnas tomma för dig att fylla i; artiklarna följer inte med. Inget publiceras förrän du publicerar.`,
            onConfirm: () => void start(),
            onCancel: () => setState({ kind: 'ready' }),
          }
        : state.kind === 'failed'
          ? {
              type: 'dialog',
              header: 'Nästa år kunde inte startas',
              content: `Ingenting har sparats. Felet var: ${state.message}`,
              onClose: () => setState({ kind: 'ready' }),
            }
          : null,
  }
}
StartNextYearAction.displayName = 'StartNextYearAction'
