import { Link, type To } from 'react-router'

/**
 * Marks that only point the way ("« Tillbaka", "Nästa ›"): shown, but not part of the name a
 * screen reader reads out ("Tillbaka", not "vänster-guillemet Tillbaka").
 */
const leadingMarks = /^([«‹←<]+)\s*/u
const trailingMarks = /\s*([»›→>]+)$/u

/** A label split into its decorative marks and the words that name it. */
export function splitArrowMarks(label: string): { before: string; words: string; after: string } {
  const before = leadingMarks.exec(label)?.[1] ?? ''
  const rest = label.replace(leadingMarks, '')
  const after = trailingMarks.exec(rest)?.[1] ?? ''
  const words = rest.replace(trailingMarks, '')
  // A label of marks alone keeps them: a link needs a name.
  return words ? { before, words, after } : { before: '', words: label, after: '' }
}

/** A label whose arrow marks are shown but hidden from assistive technology. */
export function ArrowLabel({ label }: { label: string }) {
  const { before, words, after } = splitArrowMarks(label)
  return (
    <>
      {before ? <span aria-hidden="true">{before} </span> : null}
      {words}
      {after ? <span aria-hidden="true"> {after}</span> : null}
    </>
  )
}

/** "« Tillbaka": the link back to where the reader came from. */
export function BackLink({ to, label }: { to: To; label: string }) {
  return (
    <Link className="back-link" to={to}>
      <ArrowLabel label={label} />
    </Link>
  )
}
