import { describe, expect, test } from 'vitest'
import { placeInYear, readReaderState } from '../../../src/features/report/readerState'
import type { Report } from '../../../src/content/report'

const report = {
  year: 2019,
  areas: [
    { slug: 'ekonomi', statistics: [{ key: 'resultat', slug: 'resultat' }] },
    {
      slug: 'trafik',
      statistics: [
        { key: 'nki', slug: 'nki' },
        { key: 'resor', slug: 'resor' },
      ],
    },
  ],
} as unknown as Report

describe('placeInYear', () => {
  test('the same statistic by key, even in another area', () => {
    expect(placeInYear(report, { areaSlug: 'trafik', statisticKey: 'resor' })).toBe('/2019/trafik/resor')
    expect(placeInYear(report, { areaSlug: 'ekonomi', statisticKey: 'resor' })).toBe('/2019/trafik/resor')
  })
  test('a foreground statistic is the area’s own address', () => {
    expect(placeInYear(report, { areaSlug: 'ekonomi', statisticKey: 'nki' })).toBe('/2019/trafik')
  })
  test('else the same area, else the first', () => {
    expect(placeInYear(report, { areaSlug: 'trafik', statisticKey: 'borta' })).toBe('/2019/trafik')
    expect(placeInYear(report, { areaSlug: 'kultur' })).toBe('/2019/ekonomi')
  })
})

describe('readReaderState', () => {
  test('accepts only in-app paths as the place to return to', () => {
    expect(readReaderState({ from: '/2018/kultur' })).toEqual({ from: '/2018/kultur' })
    expect(readReaderState({ from: '//evil.example/x' })).toEqual({})
    expect(readReaderState({ from: 'https://evil.example' })).toEqual({})
    expect(readReaderState(null)).toEqual({})
  })
})

describe('the preview parameter', () => {
  test('?forhandsvisning turns the drafts preview on; =0 or absent keeps it off', async () => {
    const { isPreviewSearch } = await import('../../../model/urls')
    expect(isPreviewSearch('?forhandsvisning')).toBe(true)
    expect(isPreviewSearch('?forhandsvisning=1')).toBe(true)
    expect(isPreviewSearch('?forhandsvisning=0')).toBe(false)
    expect(isPreviewSearch('?annat=1')).toBe(false)
  })
})
