import { AnimatePresence, m, useReducedMotion, type PanInfo } from 'framer-motion'
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import type { SiteTexts } from '../../../sanity/schemaTypes/singletons/siteTextLabels'
import type { Area, Report } from '../../content/report'
import { isPageShortcut } from '../../shared/keyboard'
import { paths } from '../../shared/urls'
import { positionText } from './positionText'
import type { ReaderState } from './readerState'
import { StatisticView } from './StatisticView'

/** How far (px) or how fast (px/s) a horizontal swipe must go to change the slide. */
const SWIPE_DISTANCE = 60
const SWIPE_VELOCITY = 400

const slide = {
  enter: (direction: number) => ({ x: direction === 0 ? 0 : `${direction * 100}%`, opacity: 0 }),
  center: { x: 0, opacity: 1 },
  exit: (direction: number) => ({ x: direction === 0 ? 0 : `${direction * -100}%`, opacity: 0 }),
}

/**
 * The area's statistics as sliding sections. The URL says which slide is shown (so every
 * slide is a link, and Back/Forward walk the slides visited); arrows, ←/→, a swipe or a drag
 * move to the next URL, and the new slide enters from the side it was asked from.
 */
export function StatisticCarousel({ report, area, index, texts }: { report: Report; area: Area; index: number; texts: SiteTexts }) {
  const navigate = useNavigate()
  const statistics = area.statistics
  const statistic = statistics[index]
  const count = statistics.length
  const direction = useSlideDirection(index)
  // Reduced motion: slides swap in place (a short fade), never sideways.
  const offset = useReducedMotion() ? 0 : direction
  const pathFor = (i: number) =>
    i === 0 ? paths.area(report.year, area.slug) : paths.statistic(report.year, area.slug, statistics[i]!.slug)
  const go = (i: number) => {
    if (i >= 0 && i < count && i !== index) navigate(pathFor(i))
  }
  // The key handler is registered once and reads the slide shown now: a press that follows a
  // slide change quickly must not act on the slide before it.
  const latest = useRef({ index, go })
  latest.current = { index, go }
  const section = useRef<HTMLElement>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPageShortcut(event)) return
      if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault()
        const { index: shown, go: move } = latest.current
        move(shown + (event.key === 'ArrowRight' ? 1 : -1))
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // If the control that had focus went away with the old slide, give focus to the new one.
  useEffect(() => {
    const active = document.activeElement
    if (direction !== 0 && (!active || active === document.body || !active.isConnected)) {
      section.current?.querySelector<HTMLElement>('.statistic-title')?.focus()
    }
  }, [index, direction])

  if (!statistic) return null
  const articlesState: ReaderState = { from: pathFor(index) }

  const onDragEnd = (_: unknown, info: PanInfo) => {
    if (info.offset.x < -SWIPE_DISTANCE || info.velocity.x < -SWIPE_VELOCITY) go(index + 1)
    else if (info.offset.x > SWIPE_DISTANCE || info.velocity.x > SWIPE_VELOCITY) go(index - 1)
  }

  // ↓ from within the statistics leads to the area's articles, as the down arrow does; elsewhere
  // ↓ keeps scrolling the page.
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'ArrowDown' && area.articles.length > 0 && isPageShortcut(event.nativeEvent)) {
      event.preventDefault()
      navigate(paths.articles(report.year, area.slug), { state: articlesState })
    }
  }

  return (
    <section
      ref={section}
      className="statistics"
      aria-label={area.title}
      aria-roledescription="karusell"
      onKeyDown={onKeyDown}
    >
      <div className="slide-viewport">
        <AnimatePresence initial={false} custom={offset} mode="popLayout">
          <m.div
            key={statistic._id}
            className="slide"
            aria-roledescription="bild"
            custom={offset}
            variants={slide}
            initial="enter"
            animate="center"
            exit="exit"
            transition={{ x: { type: 'spring', stiffness: 400, damping: 40 }, opacity: { duration: 0.15 } }}
            drag={count > 1 ? 'x' : false}
            dragDirectionLock
            dragConstraints={{ left: 0, right: 0 }}
            dragElastic={0.5}
            dragSnapToOrigin
            onDragEnd={onDragEnd}
          >
            <StatisticView statistic={statistic} texts={texts} />
          </m.div>
        </AnimatePresence>
      </div>
      <div className="statistic-pager">
        <PagerLink to={pathFor(Math.max(index - 1, 0))} disabled={index === 0} label={texts.previousStatistic} rel="prev">
          <path d="M15.5 5 8.5 12l7 7" />
        </PagerLink>
        <p className="statistic-position" aria-live="polite" aria-atomic="true">
          {positionText(texts, index + 1, count)}
        </p>
        <PagerLink to={pathFor(Math.min(index + 1, count - 1))} disabled={index === count - 1} label={texts.nextStatistic} rel="next">
          <path d="m8.5 5 7 7-7 7" />
        </PagerLink>
      </div>
      {area.articles.length > 0 ? (
        <p className="to-articles-row">
          <Link className="to-articles" to={paths.articles(report.year, area.slug)} state={articlesState}>
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <path d="M5 8.5l7 7 7-7" fill="none" stroke="currentColor" strokeWidth="2.5" />
            </svg>
            <span>{texts.toArticles}</span>
          </Link>
        </p>
      ) : null}
    </section>
  )
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
  children,
}: {
  to: string
  disabled: boolean
  label: string
  rel: 'prev' | 'next'
  children: React.ReactNode
}) {
  return (
    <Link
      className="pager-link"
      to={to}
      rel={disabled ? undefined : rel}
      aria-label={label}
      aria-disabled={disabled || undefined}
      onClick={disabled ? (event) => event.preventDefault() : undefined}
    >
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.5">
        {children}
      </svg>
    </Link>
  )
}

/** +1 when the slide index grew, −1 when it shrank, 0 on the first render. */
function useSlideDirection(index: number): number {
  const [previous, setPrevious] = useState(index)
  const [direction, setDirection] = useState(0)
  if (previous !== index) {
    setDirection(index > previous ? 1 : -1)
    setPrevious(index)
  }
  return direction
}
