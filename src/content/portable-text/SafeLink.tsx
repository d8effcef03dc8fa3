import type { ReactNode } from 'react'
import { isSafeHref } from '../../../model/rules'

/**
 * A link from the CMS. Only http(s), mailto and tel become links; anything else (javascript:,
 * data:, a typo) is shown as plain text, so a bad link loses the reader nothing but the click.
 */
export function SafeLink({ href, children }: { href: unknown; children: ReactNode }) {
  if (!isSafeHref(href)) return <>{children}</>
  const external = /^https?:/i.test(href)
  return (
    <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  )
}
