import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { isPageShortcut } from '../../shared/keyboard'
import { ARTICLES_SEGMENT, EMBED_SEGMENT } from '../../../model/urls'
import { usePendingLocation } from './AppBrowserRouter'

/** Keys the page acts on from anywhere (the statistics' ←/→): kept for the page on its way. */
const pageKeys = new Set(['ArrowLeft', 'ArrowRight'])

/** The report a page belongs to: its year, and the area its first address (`/{year}`) shows. */
export interface StalePageScope {
  year: number
  firstAreaSlug: string | null
}

/** Which page of a report a path shows; the slides of one area are one page. */
export function pageOfPath(pathname: string, report: StalePageScope, atLatest: boolean): string {
  const [year, area, third, fourth] = pathname.split('/').filter((segment) => segment !== '')
  // `/` is the newest report: the one shown, when it is shown at `/`.
  const reportYear = year ?? (atLatest ? String(report.year) : 'latest')
  const areaSlug = area ?? (reportYear === String(report.year) ? report.firstAreaSlug : null)
  const kind = third === ARTICLES_SEGMENT ? `articles/${fourth ?? ''}` : fourth === EMBED_SEGMENT ? 'embed' : 'slides'
  return `${reportYear}/${areaSlug ?? ''}/${kind}`
}

/**
 * Whether the page on screen is being left: the address already names another page (an area,
 * a year, an article) that is not shown yet. A move between slides of the same area is not
 * leaving (the carousel shows the next slide at once).
 *
 * While the page is stale, the caller makes it inert (no clicks, taps, swipes or focus), and
 * ←/→ pressed meanwhile are kept and given to the new page once it is shown, so they act on
 * the page the address names, never on the one being left.
 */
export function useStalePage(report: StalePageScope): boolean {
  const pending = usePendingLocation()
  const { pathname } = useLocation()
  const atLatest = pathname === '/'
  const stale =
    pending !== null && pageOfPath(pending.pathname, report, atLatest) !== pageOfPath(pathname, report, atLatest)

  const kept = useRef<KeyboardEvent[]>([])
  useEffect(() => {
    if (!stale) return
    const keep = (event: KeyboardEvent) => {
      if (!pageKeys.has(event.key) || !isPageShortcut(event)) return
      event.preventDefault()
      event.stopImmediatePropagation()
      kept.current.push(event)
    }
    window.addEventListener('keydown', keep, { capture: true })
    return () => window.removeEventListener('keydown', keep, { capture: true })
  }, [stale])

  // Once the page the address names is shown (its own effects, the carousel's key handler
  // among them, ran before this one), it gets the keys. Not while yet another change is on its
  // way (a redirect the new page made at once).
  useEffect(() => {
    if (stale || kept.current.length === 0) return
    if (window.location.pathname !== pathname) return
    const keys = kept.current
    kept.current = []
    for (const key of keys)
      window.dispatchEvent(new KeyboardEvent('keydown', { key: key.key, bubbles: true, cancelable: true }))
  })
  return stale
}
