/**
 * The drawings of the controls a reader navigates with, shared by the controls themselves and by
 * the navigation help that explains them, so the help shows exactly what the page shows.
 * All 24×24, stroked with currentColor at 2.5 (the chevrons) or drawn as in InfoIcon.
 */

/** "Föregående statistik": the left side arrow. */
export const previousChevron = 'M15.5 5 8.5 12l7 7'
/** "Nästa statistik": the right side arrow. */
export const nextChevron = 'm8.5 5 7 7-7 7'
/** "Artiklar om området": the arrow down. */
export const downChevron = 'M5 8.5l7 7 7-7'

/** The info icon beside a statistic's title. Decorative: its button has a name. */
export function InfoIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M11 10h2v7h-2zM11 6.5h2v2h-2z" fill="currentColor" />
    </svg>
  )
}
