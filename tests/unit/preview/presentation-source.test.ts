import type { ContentSourceMap } from '@sanity/client'
import { describe, expect, test, vi } from 'vitest'
import type { ContentSource } from '../../../src/content/sources'
import { createPresentationSource } from '../../../src/content/sources/presentation'
import { stegaClean } from '../../../src/shared/stega'

/** A stand-in for the comlink node: records what the app posts, and lets the test play the Studio. */
function fakeStudio() {
  const handlers = new Map<string, (data: unknown) => void>()
  const posted: { type: string; data: Record<string, unknown> }[] = []
  const node = {
    on: (type: string, handler: (data: unknown) => void) => {
      handlers.set(type, handler)
      return () => handlers.delete(type)
    },
    post: (type: string, data: Record<string, unknown>) => posted.push({ type, data }),
    start: () => () => {},
    stop: () => {},
    fetch: () => Promise.reject(new Error('not used')),
    onStatus: () => () => {},
  }
  const send = (type: string, data: unknown) => handlers.get(type)!(data)
  return { node: node as never, posted, send }
}

const project = { projectId: 'abc123', dataset: 'production' }
const drafts = { ...project, perspective: 'drafts' }
const query = '*[_type == "report" && year == $year][0]{_id, title}'
const params = { year: 2018 }
const sourceMap = (id: string): ContentSourceMap => ({
  documents: [{ _id: `drafts.${id}`, _type: 'report' }],
  paths: ['$'],
  mappings: { $: { type: 'value', source: { type: 'documentValue', document: 0, path: 0 } } },
})
const published: ContentSource = { name: 'sanity', fetch: vi.fn(async () => ({ title: 'Publicerad' }) as never) }

function setUp(options: Partial<Parameters<typeof createPresentationSource>[0]> = {}) {
  const studio = fakeStudio()
  const onChange = vi.fn()
  const source = createPresentationSource({
    onChange,
    fallback: published,
    studioUrl: 'https://studio.example.se',
    node: studio.node,
    ...options,
  })
  return { studio, onChange, source }
}

describe('the app’s queries, answered by the Studio (loader/query-listen → loader/query-change)', () => {
  test('asks once the Studio has said its perspective, and gets the draft with source maps', async () => {
    const { studio, source } = setUp()
    const answer = source.fetch<{ _id: string; title: string }>(query, params)
    expect(studio.posted).toEqual([])
    studio.send('loader/perspective', drafts)
    expect(studio.posted).toEqual([{ type: 'loader/query-listen', data: { ...drafts, query, params } }])
    studio.send('loader/query-change', {
      ...drafts,
      query,
      params,
      result: { _id: 'report-2018', title: 'Utkast' },
      resultSourceMap: sourceMap('report-2018'),
    })
    const result = await answer
    expect(result._id).toBe('report-2018')
    expect(result.title).not.toBe('Utkast') // it carries the source map …
    expect(stegaClean(result.title)).toBe('Utkast') // … around the draft's text
    expect(studio.posted.at(-1)).toEqual({
      type: 'loader/documents',
      data: { ...drafts, documents: [{ _id: 'drafts.report-2018', _type: 'report' }] },
    })
  })

  test('a new result (the editor typed) calls onChange, and the next request gets it at once', async () => {
    const { studio, source, onChange } = setUp()
    studio.send('loader/perspective', drafts)
    const first = source.fetch<{ title: string }>(query, params)
    const change = (title: string) =>
      studio.send('loader/query-change', {
        ...drafts,
        query,
        params,
        result: { title },
        resultSourceMap: sourceMap('r'),
      })
    change('Ett')
    expect(stegaClean((await first).title)).toBe('Ett')
    expect(onChange).not.toHaveBeenCalled()
    change('Två')
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(stegaClean((await source.fetch<{ title: string }>(query, params)).title)).toBe('Två')
    expect(studio.posted.filter((message) => message.type === 'loader/query-listen')).toHaveLength(1)
  })

  test('ignores answers for another project or perspective', async () => {
    const { studio, source } = setUp({ project })
    studio.send('loader/perspective', { ...drafts, projectId: 'other' })
    const answer = source.fetch(query, params)
    expect(studio.posted).toEqual([])
    studio.send('loader/perspective', drafts)
    studio.send('loader/query-change', { ...drafts, perspective: 'published', query, params, result: 1 })
    studio.send('loader/query-change', { ...drafts, query, params, result: 2 })
    expect(await answer).toBe(2)
  })

  test('another perspective in the Studio asks everything again', async () => {
    const { studio, source, onChange } = setUp()
    studio.send('loader/perspective', drafts)
    const answer = source.fetch(query, params)
    studio.send('loader/query-change', { ...drafts, query, params, result: 1 })
    await answer
    studio.send('loader/perspective', { ...drafts, perspective: 'published' })
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(studio.posted.at(-1)).toEqual({
      type: 'loader/query-listen',
      data: { ...drafts, perspective: 'published', query, params },
    })
  })

  test('without a Studio to answer, shows what readers see instead of waiting for ever', async () => {
    vi.useFakeTimers()
    try {
      const { source } = setUp({ connectTimeout: 5000 })
      const answer = source.fetch(query, params)
      await vi.advanceTimersByTimeAsync(5000)
      expect(await answer).toEqual({ title: 'Publicerad' })
      expect(await source.fetch(query, { year: 2019 })).toEqual({ title: 'Publicerad' })
    } finally {
      vi.useRealTimers()
    }
  })
})
