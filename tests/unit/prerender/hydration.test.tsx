import { QueryClient } from '@tanstack/react-query'
import { waitFor } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { render, type RenderResult } from '../../../src/entry-server'
import {
  navigationHelpDismissedKey,
  navigationHelpDismissedValue,
} from '../../../src/features/navigation-help/preference'
import { bundledSource } from '../../support/render-app'
import type * as PageMetaModule from '../../../src/app/pageMeta'

/*
 * The browser entry (src/main.tsx) taking over prerendered pages, with React's development
 * build, which reports every difference between the server's HTML and the first client render
 * (the production build in the browser tests only reports the ones it cannot patch).
 */

const hydrationMessage = /hydrat|did not match|server rendered|server HTML/i

// How often the page's head (PageMeta, at the top of every page) is worked out: once per render
// of the page (twice in development's StrictMode, which calls each component twice).
const pageRenders = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../src/app/pageMeta', async (importOriginal) => {
  const original = await importOriginal<typeof PageMetaModule>()
  return {
    ...original,
    pageMeta: (...args: Parameters<typeof original.pageMeta>) => {
      pageRenders.count += 1
      return original.pageMeta(...args)
    },
  }
})

let logged: string[] = []
let fetches: string[] = []

beforeEach(() => {
  logged = []
  fetches = []
  for (const method of ['error', 'warn'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '))
    })
  }
  vi.stubGlobal('fetch', (input: unknown) => {
    fetches.push(String(input))
    return Promise.reject(new Error('no content request expected'))
  })
  window.localStorage.setItem(navigationHelpDismissedKey, navigationHelpDismissedValue)
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const paths = [
  '/',
  '/2018',
  '/2018/halso-och-sjukvard',
  '/2018/halso-och-sjukvard/besok',
  '/2018/kollektivtrafik/kostnad',
  '/2018/halso-och-sjukvard/artiklar',
  '/2018/halso-och-sjukvard/artiklar/utvecklingsstrategin-narmare-kronobergaren',
  '/2018/halso-och-sjukvard/besok/embed',
  '/2018/kultur/artiklar/sagobygden-med-i-unescos-register',
  '/404',
]

// Every page is rendered before any app starts: the server renderer and a running client root
// must not take turns (they share React's context values).
const pages = new Map<string, RenderResult>()
beforeAll(async () => {
  const source = bundledSource()
  for (const path of paths) pages.set(path, await render(path, { queryClient: new QueryClient(), source }))
})

/** Puts the prerendered page for `path` into the document, as the browser would receive it. */
function loadPrerenderedPage(path: string, servedAt: string = path) {
  const result = pages.get(path)!
  document.documentElement.lang = 'sv'
  document.head.innerHTML = `<meta charset="UTF-8" />${result.head}`
  document.body.innerHTML = `<div id="root">${result.html}</div>${result.stateScript}`
  window.history.replaceState(null, '', servedAt)
  return result
}

/** Runs src/main.tsx afresh and waits until React owns the page. */
async function startApp() {
  vi.resetModules()
  await import('../../../src/main')
  await waitFor(() => {
    const first = document.getElementById('root')?.firstElementChild
    expect(first && Object.keys(first).some((key) => key.startsWith('__reactFiber$'))).toBe(true)
  })
  // Effects, the chart's lazy chunk, and anything that would follow them.
  await new Promise((resolve) => setTimeout(resolve, 300))
}

const headCounts = () => ({
  title: document.head.querySelectorAll('title').length,
  description: document.head.querySelectorAll('meta[name="description"]').length,
  canonical: document.head.querySelectorAll('link[rel="canonical"]').length,
  ogTitle: document.head.querySelectorAll('meta[property="og:title"]').length,
})

describe('the browser entry takes over a prerendered page', () => {
  test('the app starts in a task after the one that evaluates the entry', async () => {
    loadPrerenderedPage(paths[2]!)
    vi.resetModules()
    await import('../../../src/main')
    const root = document.getElementById('root')!
    const ownedByReact = () => Object.keys(root).some((key) => key.startsWith('__reactContainer$'))
    // Evaluated, and nothing of the app has run: no React root yet.
    expect(ownedByReact()).toBe(false)
    await waitFor(() => expect(ownedByReact()).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 300))
  })

  test.each([
    ['the newest report', paths[0]!],
    ['a year', paths[1]!],
    ['an area', paths[2]!],
    ['the foreground statistic by name', paths[3]!],
    ['a statistic', paths[4]!],
    ['an article list', paths[5]!],
    ['an article', paths[6]!],
    ['an embedded statistic', paths[7]!],
    ['an article with images above the title and in its body', paths[8]!],
    ['the not-found page at its own address', paths[9]!],
  ])('%s (%s): no mismatch, no request, head tags kept', async (_, path) => {
    const result = loadPrerenderedPage(path)
    expect(result.status).toBe(path === '/404' ? 404 : 200)
    const firstElement = document.getElementById('root')!.firstElementChild
    const title = document.title
    await startApp()
    expect(logged.filter((message) => hydrationMessage.test(message))).toEqual([])
    expect(fetches).toEqual([])
    // Hydrated: the server's elements are the app's elements now.
    expect(document.getElementById('root')!.firstElementChild).toBe(firstElement)
    expect(document.title).toBe(title)
    expect(headCounts()).toEqual(
      path === '/404'
        ? { title: 1, description: 1, canonical: 0, ogTitle: 0 }
        : { title: 1, description: 1, canonical: 1, ogTitle: 1 },
    )
  })

  // Taking over is a transition, done in slices between a reader's taps. A second, synchronous
  // render of the whole page right after it (React forces one when a store read while hydrating
  // changes its answer) would hold the main thread for the whole page at once.
  test.each([paths[2]!, paths[6]!])('%s is rendered once in taking it over, not again', async (path) => {
    loadPrerenderedPage(path)
    pageRenders.count = 0
    await startApp()
    expect(logged.filter((message) => hydrationMessage.test(message))).toEqual([])
    // StrictMode's double call in development.
    expect(pageRenders.count).toBe(2)
  })

  test('with a trailing slash, the same page is taken over as it is', async () => {
    loadPrerenderedPage('/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard/')
    const firstElement = document.getElementById('root')!.firstElementChild
    await startApp()
    expect(logged.filter((message) => hydrationMessage.test(message))).toEqual([])
    expect(fetches).toEqual([])
    expect(document.getElementById('root')!.firstElementChild).toBe(firstElement)
    // Then the address becomes the page's own, without the slash (and nothing is rendered anew).
    await waitFor(() => expect(window.location.pathname).toBe('/2018/halso-och-sjukvard'))
    expect(document.getElementById('root')!.firstElementChild).toBe(firstElement)
  })

  test('a page served for another address is rendered afresh, with that address’s head', async () => {
    // The not-found page, served for a valid address the build wrote no file for.
    loadPrerenderedPage('/404', '/2019/ekonomi/artiklar')
    expect(document.head.querySelector('meta[name="robots"]')).not.toBeNull()
    await startApp()
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Artiklar: Ekonomi'))
    expect(logged.filter((message) => hydrationMessage.test(message))).toEqual([])
    expect(fetches).toEqual([])
    expect(document.querySelectorAll('h1')).toHaveLength(1)
    expect(document.title).toBe('Artiklar: Ekonomi – Årsberättelse 2019 – Årsberättelse')
    expect(document.head.querySelector('meta[name="robots"]')).toBeNull()
    expect(headCounts()).toEqual({ title: 1, description: 1, canonical: 1, ogTitle: 1 })
  })
})
