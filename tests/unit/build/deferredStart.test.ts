import { describe, expect, test } from 'vitest'
import { deferAppStart, readAppStart, startScriptId } from '../../../build/deferredStart'

const built = `<!doctype html>
<html lang="sv">
  <head>
    <title>Årsberättelse</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-def.js">
    <link rel="modulepreload" crossorigin href="/assets/vendor&amp;x.js">
    <link rel="stylesheet" crossorigin href="/assets/index-123.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`

describe('starting the app after the first paint', () => {
  test('the module script and its preloads become one start script at the end of <body>', () => {
    const page = deferAppStart(built)
    expect(page).not.toMatch(/<script type="module"/)
    expect(page).not.toMatch(/<link rel="modulepreload"/)
    // The stylesheet stays: the first paint needs it.
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-123.css">')
    expect(page).toMatch(
      new RegExp(`<div id="root"></div>\\s*<script id="${startScriptId}"[^>]*>[\\s\\S]+?</script>\\s*</body>`),
    )
    expect(readAppStart(page)).toEqual({
      entry: '/assets/index-abc.js',
      preloads: ['/assets/runtime-def.js', '/assets/vendor&x.js'],
    })
  })

  test('the start script waits for the first contentful paint, or two frames where paint timing is missing', () => {
    const code = /<script id="app-start"[^>]*>([\s\S]+?)<\/script>/.exec(deferAppStart(built))![1]!
    expect(code).toContain('first-contentful-paint')
    expect(code).toContain('visibilityState==="hidden"')
    expect(code).toMatch(/requestAnimationFrame\(function\(\)\{requestAnimationFrame/)
    // ES5: it also runs, harmlessly, in browsers too old for the app.
    expect(code).not.toMatch(/=>|\blet\b|\bconst\b|`/)
  })

  test('a page without exactly one module script is refused', () => {
    expect(() => deferAppStart(built.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(/exactly one/)
    const twice = built.replace('</head>', '<script type="module" src="/other.js"></script></head>')
    expect(() => deferAppStart(twice)).toThrow(/found 2/)
  })

  test('a page with no start script has no app start', () => {
    expect(readAppStart(built)).toBeNull()
  })
})
