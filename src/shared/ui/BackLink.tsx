import { Link, type To } from 'react-router'

/**
 * "« Tillbaka": the link back to where the reader came from. Marks that only point the way
 * (« ‹ ← at the start of the label) are shown, but are not part of the name a screen reader
 * reads out ("Tillbaka", not "vänster-guillemet Tillbaka").
 */
export function BackLink({ to, label }: { to: To; label: string }) {
  const [, mark, words] = /^([«‹←<]+)\s*(\S.*)$/su.exec(label) ?? []
  return (
    <Link className="back-link" to={to}>
      {mark ? (
        <>
          <span aria-hidden="true">{mark}</span> {words}
        </>
      ) : (
        label
      )}
    </Link>
  )
}
