import type { HistoryAdapterNavigate } from '@sanity/visual-editing'
import { enableVisualEditing } from '@sanity/visual-editing/enable-visual-editing'
import { useEffect, useRef } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { Location, NavigateFunction } from 'react-router'
import { annotateStatistics } from './sanityAttributes'

/** An app path from what the Studio sends (a path, or a full URL of the app). */
function appPath(url: string): string {
  const target = new URL(url, window.location.origin)
  return `${target.pathname}${target.search}${target.hash}`
}

/**
 * The Studio's overlays and history inside its Presentation tool (a lazily loaded chunk, only
 * there): text with stega source maps and elements with `data-sanity` get an outline that
 * opens their field in the form; the app's changes of address are reported to the Studio, so
 * its URL bar follows, and the Studio's (a location picked in the form) move the app. The
 * address is the one the app's routes show (a prop from them).
 */
export default function VisualEditing({
  location,
  navigate,
  refresh,
  queryClient,
}: {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>
  navigate: NavigateFunction
  /** Asks for all content again (the Studio's reload button). */
  refresh: () => Promise<void>
  /** Where the content is (for the figures' and charts' `data-sanity`). */
  queryClient: QueryClient
}) {
  const report = useRef<HistoryAdapterNavigate | null>(null)
  const here = `${location.pathname}${location.search}${location.hash}`
  const hereRef = useRef(here)
  // react-router gives a new `navigate` on every change of address; the overlays must not
  // restart (and reconnect to the Studio) for that.
  const navigateRef = useRef(navigate)
  const refreshRef = useRef(refresh)
  useEffect(() => {
    navigateRef.current = navigate
    refreshRef.current = refresh
  }, [navigate, refresh])

  useEffect(
    () =>
      enableVisualEditing({
        history: {
          subscribe: (navigateStudio) => {
            report.current = navigateStudio
            navigateStudio({ type: 'replace', url: hereRef.current })
            return () => {
              report.current = null
            }
          },
          update: (update) => {
            if (update.type === 'pop') return void navigateRef.current(-1)
            const path = appPath(update.url)
            if (path !== hereRef.current) void navigateRef.current(path, { replace: update.type === 'replace' })
          },
        },
        // The Studio's reload button asks for everything again; edits arrive by themselves.
        refresh: (payload) => (payload.source === 'manual' ? refreshRef.current() : false),
        zIndex: 1000,
      }),
    [],
  )

  // Figures and charts get their attributes as the page changes (set on the DOM, after React).
  useEffect(() => {
    let frame = 0
    const annotate = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => annotateStatistics(document, queryClient))
    }
    annotate()
    const observer = new MutationObserver(annotate)
    observer.observe(document.getElementById('root') ?? document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [queryClient])

  useEffect(() => {
    if (hereRef.current === here) return
    hereRef.current = here
    report.current?.({ type: 'push', url: here })
  }, [here])

  return null
}
