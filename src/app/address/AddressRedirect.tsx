import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { LoadingView } from '../LoadingView'
import { canonicalAddress } from './canonicalAddress'
import { useLegacyRedirect } from './useLegacyRedirect'

/**
 * On the not-found view: a near miss of a page's address goes to the page; an address of the
 * previous site is looked up in the content and goes to the page that replaced it; anything
 * else shows `notFound`. Its own chunk: only such addresses need it.
 */
export default function AddressRedirect({ texts, notFound }: { texts: SiteTexts; notFound: ReactNode }) {
  const location = useLocation()
  const legacy = useLegacyRedirect()
  const canonical = canonicalAddress(location)
  if (canonical !== null) return <Navigate replace to={canonical} state={location.state as unknown} />
  if (legacy.state === 'found') return <Navigate replace to={legacy.to} />
  if (legacy.state === 'looking') return <LoadingView texts={texts} />
  return notFound
}
