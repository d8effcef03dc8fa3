/**
 * recharts' store subscriptions, as transitions.
 *
 * recharts 3 keeps a chart's layout in a small Redux store. Its parts register themselves from
 * effects, and every component reads the store through `useSyncExternalStoreWithSelector` from
 * `use-sync-external-store/shim/with-selector`. React renders updates from such a subscription
 * synchronously, so a chart's first draw was a chain of synchronous renders in one task: about
 * 50 ms on a fast desktop, 200 ms on a mid-range phone, during which a key press or a swipe
 * waited. The build points recharts' import of that module here (vite.config.ts), and the same
 * subscriptions re-render inside `startTransition`: React does the work in slices of a few
 * milliseconds and lets the reader's input go first.
 *
 * What a transition gives up is the guarantee that every component of a chart shows the same
 * store state within one commit ("tearing"): for a moment a part of a chart may be a step
 * behind another. A chart's store only changes from its own effects and from pointer events
 * over it, and each change brings every part up to date in the next commit.
 *
 * Same signature as the module it stands in for; only recharts imports it.
 */
/* eslint-disable react-hooks/refs -- the selection stays referentially stable between renders by
   reading what the last commit showed, during render, exactly as the module this replaces does */
import { startTransition, useEffect, useLayoutEffect, useReducer, useRef } from 'react'

type Subscribe = (onStoreChange: () => void) => () => void

/**
 * The listeners the store has called since the last flush. A chart's parts register themselves
 * with one dispatch each, from the effects of a single commit: comparing every subscriber's
 * selection after each of those dispatches ran every selector of the chart once per part. The
 * store only says "something changed", so a listener called many times in one task needs to
 * look once, after the last of them: the comparisons run in a microtask, once per listener.
 */
const queued = new Set<() => void>()

function queueCheck(check: () => void): void {
  if (queued.size === 0) queueMicrotask(flushChecks)
  queued.add(check)
}

function flushChecks(): void {
  const checks = [...queued]
  queued.clear()
  for (const check of checks) check()
}

const refEquality = (a: unknown, b: unknown) => a === b

export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: Subscribe,
  getSnapshot: () => Snapshot,
  getServerSnapshot: undefined | null | (() => Snapshot),
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  const [, rerender] = useReducer((count: number) => count + 1, 0)
  const equal = isEqual ?? refEquality
  const read = typeof window === 'undefined' && getServerSnapshot ? getServerSnapshot : getSnapshot
  const shown = useRef<{ selection: Selection } | null>(null)
  let selection = selector(read())
  // An equal selection keeps the reference the last render had, as the original does.
  if (shown.current && equal(shown.current.selection, selection)) selection = shown.current.selection

  // The listener compares the store with what this component last committed.
  const latest = useRef({ getSnapshot, selector, equal })
  useLayoutEffect(() => {
    shown.current = { selection }
    latest.current = { getSnapshot, selector, equal }
  })

  useEffect(() => {
    const check = () => {
      const { getSnapshot: current, selector: select, equal: same } = latest.current
      const last = shown.current
      if (last && same(last.selection, select(current()))) return
      startTransition(rerender)
    }
    const unsubscribe = subscribe(() => queueCheck(check))
    // The store may have changed between this render and the subscription.
    queueCheck(check)
    return () => {
      unsubscribe()
      queued.delete(check)
    }
  }, [subscribe])

  return selection
}
