import { describe, expect, test } from 'vitest'
import { notFoundPath, prerenderPages } from '../../../build/prerenderRoutes'
import { canonicalAddress } from '../../../src/app/address/canonicalAddress'
import { legacyRequest } from '../../../src/app/address/legacyAddress'
import { mayBeNearMiss, mayLeadElsewhere } from '../../../src/app/address/mayRedirect'
import { reportQuery } from '../../../src/content/queries'
import { toReportPage, type ReportPage } from '../../../src/content/report'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { bundledSource } from '../../support/render-app'

/*
 * The start-up code's cheap tests decide whether the address code (a chunk of its own) is
 * loaded at all. On a page's own address it must not be: that is every reader's first view.
 * On a near miss or an old address it must be, or the reader stays on the wrong address.
 */

const source = bundledSource()
const load = async (year: number | null): Promise<ReportPage> =>
  toReportPage(await source.fetch<ReportQueryResult>(reportQuery, { year }))
const latest = await load(null)
const reports = await Promise.all(latest.years.map(async (year) => (await load(year)).report!))
const ownAddresses = prerenderPages(latest, reports, { accessibilityStatement: true })
  .pages.map((page) => page.path)
  .filter((path) => path !== notFoundPath)

const at = (url: string) => {
  const { pathname, search } = new URL(url, 'https://example.org')
  return { pathname, search, hash: '' }
}

describe('a page’s own address', () => {
  test('loads no address code, on any page of the sample', () => {
    expect(ownAddresses.length).toBeGreaterThan(100)
    const flagged = ownAddresses.filter((path) => mayBeNearMiss(at(path)) || mayLeadElsewhere(path))
    expect(flagged).toEqual([])
    // …and rightly so: each is its own canonical address.
    expect(ownAddresses.filter((path) => canonicalAddress(at(path)) !== null)).toEqual([])
  })
})

describe('an address the app leads elsewhere', () => {
  test.each([
    '/2018/HALSO-OCH-SJUKVARD',
    '/2018/Halso-och-Sjukvard/Besok',
    '/2018/halso-och-sjukvard/',
    '/2018//halso-och-sjukvard',
    '/2018/halso-och-sjukvard/index.html',
    '/2018/INDEX.HTM',
    '/2018/h%61lso-och-sjukvard',
    '/2018/halso-och-sjukvard?utm_source=nyhetsbrev',
  ])('%s: a near miss, the address code loads', (url) => {
    expect(canonicalAddress(at(url))).not.toBeNull()
    expect(mayBeNearMiss(at(url))).toBe(true)
  })

  test.each(['/arsberattelser/2018/', '/2018/03/14/sydsvenskt-kultursamarbete/', '/2017/06/01/Gammal-Artikel'])(
    '%s: the previous site’s, the address code loads',
    (url) => {
      expect(legacyRequest(at(url))).not.toBeNull()
      expect(mayLeadElsewhere(at(url).pathname)).toBe(true)
    },
  )
})
