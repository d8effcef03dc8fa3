import { Navigate, useLocation } from 'react-router'
import { canonicalAddress } from './canonicalAddress'

/** Replaces a near miss of a page's address with the page's canonical address. */
export default function CanonicalRedirect() {
  const location = useLocation()
  const canonical = canonicalAddress(location)
  return canonical === null ? null : <Navigate replace to={canonical} state={location.state as unknown} />
}
