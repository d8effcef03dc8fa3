import { describe, expect, test } from 'vitest'
import { checkLegacyArticlePath, checkLegacyCode, normalizeLegacyArticlePath } from '../../../model/legacyRules'
import { canonicalAddress } from '../../../src/app/address/canonicalAddress'
import { legacyRequest } from '../../../src/app/address/legacyAddress'

const at = (url: string) => {
  const { pathname, search, hash } = new URL(url, 'https://example.org')
  return canonicalAddress({ pathname, search, hash })
}

describe('near misses of an address lead to the one canonical address', () => {
  test.each([
    ['/2018/HALSO-OCH-SJUKVARD', '/2018/halso-och-sjukvard'],
    ['/2018/Halso-och-Sjukvard/Besok', '/2018/halso-och-sjukvard/besok'],
    ['/2018/halso-och-sjukvard/', '/2018/halso-och-sjukvard'],
    ['/2018/halso-och-sjukvard//', '/2018/halso-och-sjukvard'],
    ['/2018//halso-och-sjukvard', '/2018/halso-och-sjukvard'],
    ['/2018/halso-och-sjukvard/index.html', '/2018/halso-och-sjukvard'],
    ['/index.html', '/'],
    ['/2018/INDEX.HTM', '/2018'],
    ['/2018/h%61lso-och-sjukvard', '/2018/halso-och-sjukvard'],
    ['/2018/%68%41LSO-och-sjukvard', '/2018/halso-och-sjukvard'],
    ['/2018/halso-och-sjukvard?utm_source=nyhetsbrev&utm_medium=epost', '/2018/halso-och-sjukvard'],
    ['/2018/halso-och-sjukvard?fbclid=IwAR0abc', '/2018/halso-och-sjukvard'],
    ['/2018/halso-och-sjukvard/?gclid=x#innehall', '/2018/halso-och-sjukvard#innehall'],
    // The app's own parameters stay, as written.
    ['/2018/HALSO-OCH-SJUKVARD/?forhandsvisning&utm_source=x', '/2018/halso-och-sjukvard?forhandsvisning'],
    ['/2018/halso-och-sjukvard?utm_source=x&forhandsvisning=1', '/2018/halso-och-sjukvard?forhandsvisning=1'],
  ])('%s → %s', (from, to) => {
    expect(at(from)).toBe(to)
  })

  test.each([
    '/',
    '/2018',
    '/2018/halso-och-sjukvard',
    '/2018/halso-och-sjukvard?forhandsvisning',
    '/2018/halso-och-sjukvard#x',
    '/2018/v%C3%A5rd',
  ])('%s is canonical already', (url) => expect(at(url)).toBeNull())

  test('addresses of the previous site are left for the legacy redirect, query and all', () => {
    expect(at('/arsberattelser/2018/?omrade=sjukvard')).toBeNull()
    expect(
      at('/2019/02/28/utvecklingsstrategin-narmare-kronobergaren/?ar=2018&omrade=sjukvard&level=1&dir=r'),
    ).toBeNull()
  })
})

describe('addresses of the previous report site', () => {
  test('report pages, with or without an area code', () => {
    expect(legacyRequest({ pathname: '/arsberattelser/2018/', search: '?omrade=sjukvard' })).toEqual({
      kind: 'report',
      year: 2018,
      code: 'sjukvard',
    })
    expect(legacyRequest({ pathname: '/Arsberattelser/2017', search: '?omrade=REG_UTV&level=1' })).toEqual({
      kind: 'report',
      year: 2017,
      code: 'reg_utv',
    })
    expect(legacyRequest({ pathname: '/arsberattelser/2018/', search: '?omrade=&level=1&dir=r&home=true' })).toEqual({
      kind: 'report',
      year: 2018,
      code: null,
    })
    expect(legacyRequest({ pathname: '/arsberattelser/2018/index.php', search: '' })).toEqual({
      kind: 'report',
      year: 2018,
      code: null,
    })
  })

  test('articles, with the report year when the address names it', () => {
    expect(
      legacyRequest({
        pathname: '/2019/02/28/utvecklingsstrategin-narmare-kronobergaren/',
        search: '?ar=2018&omrade=sjukvard&level=1&dir=r',
      }),
    ).toEqual({
      kind: 'article',
      path: '/2019/02/28/utvecklingsstrategin-narmare-kronobergaren',
      year: 2018,
    })
    expect(legacyRequest({ pathname: '/2018/03/12/krosatagstrafik-upphandlades', search: '' })).toEqual({
      kind: 'article',
      path: '/2018/03/12/krosatagstrafik-upphandlades',
      year: null,
    })
  })

  test('no other address is one', () => {
    for (const pathname of [
      '/',
      '/2018',
      '/2018/halso-och-sjukvard',
      '/2018/halso-och-sjukvard/artiklar/x',
      '/arsberattelser',
      '/arsberattelser/18/',
    ]) {
      expect(legacyRequest({ pathname, search: '?omrade=sjukvard' })).toBeNull()
    }
  })

  test('what an editor may enter in the Studio', () => {
    expect(checkLegacyCode(undefined)).toBe(true)
    expect(checkLegacyCode('reg_utv')).toBe(true)
    expect(checkLegacyCode('Sjukvård')).toMatch(/omrade=/)
    expect(checkLegacyCode('a b')).toMatch(/omrade=/)
    expect(checkLegacyArticlePath(undefined)).toBe(true)
    expect(checkLegacyArticlePath('/2019/02/28/utvecklingsstrategin/')).toBe(true)
    expect(checkLegacyArticlePath('utvecklingsstrategin')).toMatch(/ÅÅÅÅ\/MM\/DD/)
    expect(checkLegacyArticlePath('/2019/2/28/x/')).toMatch(/ÅÅÅÅ\/MM\/DD/)
    // The whole old address pasted in is fine: only its path counts.
    expect(
      normalizeLegacyArticlePath('http://arsberattelse.kronoberg.se/2019/02/28/Utvecklingsstrategin/?ar=2018'),
    ).toBe('/2019/02/28/utvecklingsstrategin')
  })
})
