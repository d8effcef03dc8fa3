import { EMBED_THEME_PARAM, PREVIEW_PARAM } from '../../../model/urls'
import { PRESENTATION_PARAM } from '../../content/sources/presentationContext'
import { legacyRequest } from './legacyAddress'

/** The parts of an address the app reads (`window.location` and the router's location both fit). */
export interface AddressParts {
  pathname: string
  search: string
  hash: string
}

/**
 * Query parameters the app reads; every other one (`utm_source`, `fbclid`, a mail client's
 * tracking) says nothing about the page and is dropped from the address.
 */
export const appSearchParams: readonly string[] = [PREVIEW_PARAM, PRESENTATION_PARAM, EMBED_THEME_PARAM]

/** Names a static host or a person may add for a folder's page: they mean the folder. */
const indexFiles = /^index\.(?:html?|php)$/

/**
 * The one canonical address of the page a near miss means, or null when `address` is already
 * canonical. Slugs are lower-case a–z, digits and hyphens (`checkSlug`), so case and
 * percent-encoding never tell two pages apart: `/2018/HALSO-OCH-SJUKVARD/`,
 * `/2018/halso-och-sjukvard/index.html`, `/2018/h%61lso-och-sjukvard` and
 * `/2018/halso-och-sjukvard?utm_source=nyhetsbrev` all mean `/2018/halso-och-sjukvard`.
 * An address of the previous site is left for the legacy redirect, which reads its query.
 */
export function canonicalAddress(address: AddressParts): string | null {
  if (legacyRequest(address) !== null) return null
  const segments = address.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(canonicalSegment)
  if (segments.length > 0 && indexFiles.test(segments[segments.length - 1]!)) segments.pop()
  const target = `/${segments.join('/')}${appSearch(address.search)}${address.hash}`
  return target === `${address.pathname}${address.search}${address.hash}` ? null : target
}

function canonicalSegment(segment: string): string {
  try {
    return encodeURIComponent(decodeURIComponent(segment).toLowerCase())
  } catch {
    // Not valid percent-encoding: no page has it; the not-found view says so.
    return segment
  }
}

/** The query with only the parameters the app reads, each as it was written (`?forhandsvisning`). */
function appSearch(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (part === '') return false
      const name = part.split('=')[0]!
      try {
        return appSearchParams.includes(decodeURIComponent(name.replace(/\+/g, ' ')))
      } catch {
        return false
      }
    })
  return kept.length > 0 ? `?${kept.join('&')}` : ''
}
