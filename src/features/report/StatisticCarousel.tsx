import {
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
} from 'react'
import { Link, useNavigate } from 'react-router'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Area, Report } from '../../content/report'
import { afterNextPaint } from '../../shared/afterNextPaint'
import { downChevron, nextChevron, previousChevron } from '../../shared/icons/NavigationIcons'
import { isPageShortcut } from '../../shared/keyboard'
import { paths } from '../../../model/urls'
import { positionText } from './positionText'
import type { ReaderState } from './readerState'
import { loadSlideMotion, slideMotion } from './slideMotionLoader'
import { slidesOnPage } from './slidesOnPage'
import { StatisticView } from './StatisticView'
import { useSwipe } from './useSwipe'
import { stegaClean } from '../../shared/stega'

/** A slide change under way: the slide on its way out, and how it goes. */
interface Change {
  leavingIndex: number
  direction: 1 | -1
  /** Where a swipe left the old slide (px); 0 for a key, button or link. */
  fromOffset: number
  /** Counts changes, so each one gets its own animation. */
  id: number
}

/**
 * The area's statistics as sliding sections. The URL says which slide is shown (so every
 * slide is a link, and Back/Forward walk the slides visited); arrows, ←/→, a swipe or a drag
 * move to the next URL, and the new slide enters from the side it was asked from.
 *
 * A reader's press shows the next slide at once, from this component's own state, and the URL
 * follows in the same moment (the router renders the rest of the page, its head tags and the
 * like, as a transition after that): the slide answers within a frame, even on a slow phone.
 * Any other change of the URL (Back, a link, another year) is followed as it comes.
 *
 * The slides next to the one shown are built ahead: rendered in the background once it is on
 * screen (never on the server), laid out and painted, unseen and inert. A press then only swaps
 * which slide is shown, and the frame that answers it draws no new slide. (React's <Activity>
 * hides with `display: none`, which would leave the layout and the painting to that frame.)
 *
 * Keys: ←/→ move between slides wherever they do not mean something else (see isPageShortcut:
 * in a scroll region, a field or a slider they keep their own meaning). ↓ and the other keys a
 * browser scrolls with are left to scroll: the articles are reached by their link.
 */
export function StatisticCarousel({
  report,
  area,
  index,
  texts,
}: {
  report: Report
  area: Area
  index: number
  texts: SiteTexts
}) {
  const navigate = useNavigate()
  const statistics = area.statistics
  const count = statistics.length

  // A press moves the slide at once; until the URL has followed, the slide it asked for is
  // shown. Any change of the URL ends that (the URL is where the reader is).
  const [pending, setPending] = useState<{ from: number; to: number; fromOffset: number } | null>(null)
  if (pending && pending.from !== index) setPending(null)
  const shown = pending && pending.from === index ? pending.to : index
  // Each change of the slide shown, however it came, animates from the one before.
  const [change, setChange] = useState<Change | null>(null)
  const [lastShown, setLastShown] = useState(shown)
  if (lastShown !== shown) {
    setLastShown(shown)
    const fromOffset = pending && pending.to === shown ? pending.fromOffset : 0
    setChange({ leavingIndex: lastShown, direction: shown > lastShown ? 1 : -1, fromOffset, id: (change?.id ?? 0) + 1 })
  }
  const statistic = statistics[shown] ?? statistics[index]
  // The slides around this one are built after it, in the background: a deferred value, null in
  // the first render (and so on the server).
  const builtAround = useDeferredValue<number | null>(shown, null)

  const pathFor = (i: number) =>
    i === 0 ? paths.area(report.year, area.slug) : paths.statistic(report.year, area.slug, statistics[i]!.slug)
  const go = (i: number, fromOffset = 0) => {
    if (i < 0 || i >= count || i === shown) return
    setPending({ from: index, to: i, fromOffset })
    // The history entry is written now, not after the frame: a Back right after a press must
    // return to the slide the press left.
    navigate(pathFor(i))
  }
  // The key handler is registered once and reads the slide shown now: a press that follows a
  // slide change quickly must not act on the slide before it.
  const latest = useRef({ shown, go })
  useLayoutEffect(() => {
    latest.current = { shown, go }
  })
  const enteringSlide = useRef<HTMLDivElement>(null)
  const leavingSlide = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPageShortcut(event)) return
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault()
        const { shown: current, go: move } = latest.current
        move(current + (event.key === 'ArrowRight' ? 1 : -1))
      }
    }
    // Back or Forward wins over a press the URL has not followed yet (even one that returns to
    // the very address the press was made from).
    const onHistory = () => setPending(null)
    window.addEventListener('keydown', onKey)
    window.addEventListener('popstate', onHistory)
    // The animations arrive once the page is up; the first change may come before them.
    void loadSlideMotion()
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('popstate', onHistory)
    }
  }, [])

  // Start the change's movement before the frame that first shows the new slide.
  useLayoutEffect(() => {
    if (!change) return
    const entering = enteringSlide.current
    const motion = slideMotion()
    const done = () => setChange((current) => (current?.id === change.id ? null : current))
    if (!entering || !motion) {
      if (!motion) void loadSlideMotion()
      done()
      return
    }
    let cancelled = false
    motion
      .animateSlideChange({
        entering,
        leaving: leavingSlide.current,
        direction: change.direction,
        fromOffset: change.fromOffset,
      })
      .catch(() => undefined) // an animation cut short by the next change
      .finally(() => {
        if (!cancelled) done()
      })
    return () => {
      cancelled = true
    }
  }, [change])

  // After the frame that first shows a change, the new slide takes input and the old one turns
  // inert; then, if the control that had focus went away with the old slide, focus goes to the
  // new one. Not in that frame: `inert` makes the browser restyle a whole slide, and focusing
  // lays the page out. (Not cancelled when the change ends, which may be at once: only by the
  // next one.)
  const [paintedChange, setPaintedChange] = useState(0)
  const pendingPaint = useRef<(() => void) | null>(null)
  useEffect(() => {
    if (!change) return
    pendingPaint.current?.()
    const { id } = change
    pendingPaint.current = afterNextPaint(() => {
      pendingPaint.current = null
      setPaintedChange(id)
    })
  }, [change])
  useEffect(() => () => pendingPaint.current?.(), [])
  useEffect(() => {
    if (paintedChange === 0) return
    const active = document.activeElement
    if (!active || active === document.body || !active.isConnected || active.closest('.slide--leaving')) {
      enteringSlide.current?.querySelector<HTMLElement>('.statistic-title')?.focus()
    }
  }, [paintedChange])
  const firstFrame = change !== null && paintedChange !== change.id

  const swipe = useSwipe({
    canGo: (direction) => shown + direction >= 0 && shown + direction < count,
    onSwipe: (direction, offset) => {
      // The swiped slide leaves from where the finger let it go.
      if (enteringSlide.current) enteringSlide.current.style.transform = ''
      go(shown + direction, offset)
    },
    onCancel: (offset) => {
      const slide = enteringSlide.current
      if (!slide) return
      const motion = slideMotion()
      if (motion) void motion.settleSlide(slide, offset).catch(() => undefined)
      else slide.style.transform = ''
    },
  })

  if (!statistic) return null
  const articlesState: ReaderState = { from: pathFor(shown) }
  // The slide's name: where it is and which statistic it shows, "2 av 5: Besök per patient".
  // An accessible name and an announcement: without the Studio's stega source maps.
  const slideName = `${positionText(texts, shown + 1, count)}: ${stegaClean(statistic.title)}`

  return (
    <section className="statistics" aria-label={stegaClean(area.title)} aria-roledescription="karusell">
      <div className="slide-viewport">
        {slidesOnPage(shown, change?.leavingIndex ?? null, builtAround, count).map((i) => {
          const isShown = i === shown
          const isLeaving = !isShown && i === change?.leavingIndex
          return (
            <div
              key={statistics[i]!._id}
              ref={isShown ? enteringSlide : isLeaving ? leavingSlide : undefined}
              className={isShown ? 'slide' : isLeaving ? 'slide slide--leaving' : 'slide-ahead'}
              // The slide shown is a named group (ARIA Authoring Practices, carousel): "2 av 4:
              // Besök per patient". The others are hidden; the one leaving turns inert after the
              // change's first frame, a slide built ahead and shown stays inert until then (see
              // paintedChange).
              role={isShown ? 'group' : undefined}
              aria-roledescription={isShown ? 'bild' : undefined}
              aria-label={isShown ? slideName : undefined}
              aria-hidden={!isShown || undefined}
              inert={isShown ? firstFrame : !(isLeaving && firstFrame)}
              {...(isShown && count > 1 ? swipe : {})}
            >
              <StatisticView statistic={statistics[i]!} texts={texts} />
            </div>
          )
        })}
      </div>
      <div className="statistic-pager">
        <PagerLink
          to={pathFor(Math.max(shown - 1, 0))}
          disabled={shown === 0}
          label={texts.previousStatistic}
          rel="prev"
          onGo={() => go(shown - 1)}
        >
          <path d={previousChevron} />
        </PagerLink>
        <p className="statistic-position">{positionText(texts, shown + 1, count)}</p>
        <PagerLink
          to={pathFor(Math.min(shown + 1, count - 1))}
          disabled={shown === count - 1}
          label={texts.nextStatistic}
          rel="next"
          onGo={() => go(shown + 1)}
        >
          <path d={nextChevron} />
        </PagerLink>
      </div>
      {/* What a change of slide says to a screen reader: which statistic is shown now. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {slideName}
      </p>
      {area.articles.length > 0 ? (
        <p className="to-articles-row">
          <Link className="to-articles" to={paths.articles(report.year, area.slug)} state={articlesState}>
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <path d={downChevron} fill="none" stroke="currentColor" strokeWidth="2.5" />
            </svg>
            <span>{texts.toArticles}</span>
          </Link>
        </p>
      ) : null}
    </section>
  )
}

/** A plain click: the app moves itself; a click meant for a new tab or window is the browser's. */
function isPlainClick(event: ReactMouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}

/**
 * A side arrow. At either end it stays the same element, marked unavailable, so focus and
 * layout never jump when the reader reaches the first or last statistic.
 */
function PagerLink({
  to,
  disabled,
  label,
  rel,
  onGo,
  children,
}: {
  to: string
  disabled: boolean
  label: string
  rel: 'prev' | 'next'
  /** Moves the carousel itself (it updates the URL too). */
  onGo: () => void
  children: React.ReactNode
}) {
  return (
    <Link
      className="pager-link"
      to={to}
      rel={disabled ? undefined : rel}
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={(event) => {
        if (disabled) {
          event.preventDefault()
        } else if (isPlainClick(event)) {
          event.preventDefault()
          onGo()
        }
      }}
    >
      <svg
        viewBox="0 0 24 24"
        width="28"
        height="28"
        aria-hidden="true"
        focusable="false"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
      >
        {children}
      </svg>
    </Link>
  )
}
