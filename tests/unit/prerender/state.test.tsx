import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query'
import { describe, expect, test } from 'vitest'
import {
  isRenderedPath,
  prerenderedStateId,
  readPrerenderedState,
  receivedNow,
  serializeState,
  stateScript,
  type PrerenderedState,
} from '../../../src/app/prerenderState'

const hostile = [
  '</script><script>window.pwned = 1</script>',
  '</SCRIPT ><img src=x onerror="window.pwned = 2">',
  '<!-- <script>',
  'A & B > C',
  'line\u2028separator\u2029paragraph',
  "$& $' $` $$",
  'Växjö – ”citat” \\ "quoted"',
].join(' | ')

function stateWith(text: string): PrerenderedState {
  const client = new QueryClient()
  client.setQueryData(['report', 2018], { report: { title: text, body: [{ text }] } })
  return { path: '/2018/halso-och-sjukvard', queries: dehydrate(client) }
}

/** The page as a browser parses it. */
function pageWith(state: PrerenderedState): Document {
  const html = `<!doctype html><html><head></head><body><div id="root"><p>Innehåll</p></div>${stateScript(state)}<p id="after">efter</p></body></html>`
  return new DOMParser().parseFromString(html, 'text/html')
}

const documentOf = (html: string) => new DOMParser().parseFromString(html, 'text/html')

describe('the page state in the HTML', () => {
  test('CMS text cannot end the script or open another element', () => {
    const serialized = serializeState(stateWith(hostile))
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/)
    const document = pageWith(stateWith(hostile))
    // One script, one state: nothing the text held became markup.
    expect(document.querySelectorAll('script')).toHaveLength(1)
    expect(document.querySelectorAll('img')).toHaveLength(0)
    expect(document.getElementById('after')?.textContent).toBe('efter')
    expect(document.body.lastElementChild?.id).toBe('after')
    expect(document.getElementById(prerenderedStateId)?.getAttribute('type')).toBe('application/json')
  })

  test('reads back exactly what was written', () => {
    const state = stateWith(hostile)
    const read = readPrerenderedState(pageWith(state))
    expect(read).toEqual(JSON.parse(JSON.stringify(state)))
    const client = new QueryClient()
    hydrate(client, read!.queries)
    expect(client.getQueryData(['report', 2018])).toEqual({ report: { title: hostile, body: [{ text: hostile }] } })
  })

  test('no state, or a broken one, is no state', () => {
    expect(readPrerenderedState(documentOf('<div id="root"></div>'))).toBeNull()
    for (const text of ['{', 'null', '[]', '{"path": 1}', '{"path": "/", "queries": {}}']) {
      const doc = documentOf(`<script type="application/json" id="${prerenderedStateId}">${text}</script>`)
      expect(readPrerenderedState(doc)).toBeNull()
    }
  })
})

describe('taking the state over', () => {
  test('the content counts as received when the page loads, not when it was built', () => {
    const state = stateWith('x')
    const built = state.queries.queries[0]!.state.dataUpdatedAt
    const later = built + 24 * 60 * 60_000
    const fresh = receivedNow(state.queries, later)
    expect(fresh.queries[0]!.state.dataUpdatedAt).toBe(later)
    // The original is left as it was.
    expect(state.queries.queries[0]!.state.dataUpdatedAt).toBe(built)
    const client = new QueryClient()
    hydrate(client, fresh)
    expect(client.getQueryState(['report', 2018])?.dataUpdatedAt).toBe(later)
  })

  test('the page is the one rendered, with or without a trailing slash', () => {
    expect(isRenderedPath('/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard')).toBe(true)
    expect(isRenderedPath('/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard/')).toBe(true)
    expect(isRenderedPath('/', '/')).toBe(true)
    expect(isRenderedPath('/404', '/finns/inte')).toBe(false)
    expect(isRenderedPath('/2018/halso-och-sjukvard', '/2018/halso-och-sjukvard/besok')).toBe(false)
    expect(isRenderedPath('/', '/2018')).toBe(false)
  })
})
