import { describe, expect, test } from 'vitest'
import { pageOfPath } from '../../../src/app/navigation/useStalePage'

/** Which addresses are one page (the slides of an area) and which are a change of page. */
describe('pageOfPath', () => {
  const report = { year: 2018, firstAreaSlug: 'ekonomi' }
  const same = (a: string, b: string, atLatest = false) =>
    pageOfPath(a, report, atLatest) === pageOfPath(b, report, atLatest)

  test('the slides of one area are one page, however the address names the area', () => {
    expect(same('/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard/besok-per-patient')).toBe(true)
    expect(same('/2018', '/2018/ekonomi/resultat')).toBe(true)
    expect(same('/', '/2018/ekonomi/resultat', true)).toBe(true)
  })

  test('another area, year, the articles or an article is another page', () => {
    expect(same('/2018/ekonomi', '/2018/halso-och-sjukvard')).toBe(false)
    expect(same('/2018/kollektivtrafik', '/2017/kollektivtrafik')).toBe(false)
    expect(same('/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard/artiklar')).toBe(false)
    expect(same('/2018/halso-och-sjukvard/artiklar/a', '/2018/halso-och-sjukvard/artiklar/b')).toBe(false)
    expect(same('/2018/halso-och-sjukvard/besok', '/2018/halso-och-sjukvard/besok/embed')).toBe(false)
    expect(same('/2018/ekonomi', '/')).toBe(false)
  })
})
