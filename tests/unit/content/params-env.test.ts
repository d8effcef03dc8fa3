import { describe, expect, test } from 'vitest'
import { readContentConfig } from '../../../src/content/env'
import { assertQueryParams, queryParameterNames } from '../../../src/content/sources/params'

describe('query parameters', () => {
  test('are found outside string literals only', () => {
    expect(queryParameterNames('*[year == $year && title == "$notAParam" && slug == $slug]')).toEqual(['year', 'slug'])
  })

  test('a missing one is named in the error; null is a value, not a missing parameter', () => {
    expect(() => assertQueryParams('*[year == $year]', {})).toThrow('$year')
    expect(() => assertQueryParams('*[year == $year]', { year: null })).not.toThrow()
  })
})

describe('content configuration', () => {
  test('without a project id the bundled dataset is used', () => {
    expect(readContentConfig({})).toEqual({ kind: 'bundled' })
    expect(readContentConfig({ VITE_SANITY_PROJECT_ID: '  ' })).toEqual({ kind: 'bundled' })
  })

  test('with one, Sanity, with defaults for dataset and API version', () => {
    expect(readContentConfig({ VITE_SANITY_PROJECT_ID: 'abc123' })).toEqual({
      kind: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: '2025-02-19',
      perspective: 'published',
    })
  })

  test('drafts only when an editor asks for the preview, and only from Sanity', () => {
    expect(readContentConfig({ VITE_SANITY_PROJECT_ID: 'abc123' }, { preview: true })).toMatchObject({
      perspective: 'drafts',
    })
    expect(readContentConfig({}, { preview: true })).toEqual({ kind: 'bundled' })
  })

  test('a malformed setting is a clear error, not a silent fallback', () => {
    expect(() => readContentConfig({ VITE_SANITY_PROJECT_ID: 'Mitt Projekt' })).toThrow('VITE_SANITY_PROJECT_ID')
    expect(() => readContentConfig({ VITE_SANITY_PROJECT_ID: 'abc', VITE_SANITY_API_VERSION: 'senaste' })).toThrow(
      'VITE_SANITY_API_VERSION',
    )
  })
})
