import type { Plugin } from 'vite'
import { escapeHtml } from '../src/shared/html.ts'

/**
 * Starts the app after the page's first frame. Every page is prerendered: the reader's
 * statistic is in the HTML, so nothing needs JavaScript to be seen. A module script in <head>
 * would still be fetched while the HTML and CSS are, share the network with them on a slow
 * connection, and run before Chromium paints, as soon as it arrives; started from here, the
 * first frame needs only the HTML and the stylesheet, as a plain static page does, and the app
 * then takes over the page in place.
 *
 * The build's `<script type="module" src>` and `<link rel="modulepreload">` tags are replaced by
 * one inline script (below, before </body>) carrying the same URLs in data attributes. It
 * waits for the page's first contentful paint and adds the tags then. A page opened in a
 * background tab paints nothing until it is shown, so it starts at once; a page with nothing
 * to paint (the SPA fallback) starts after two frames. Browsers without ES modules ignore the
 * module script, as before.
 */

export const startScriptId = 'app-start'

const moduleScriptPattern =
  /[ \t]*<script\b(?=[^>]*\btype="module")(?=[^>]*\bsrc="([^"]+)")[^>]*><\/script>[ \t]*\r?\n?/gi
const modulePreloadPattern = /[ \t]*<link\b(?=[^>]*\brel="modulepreload")(?=[^>]*\bhref="([^"]+)")[^>]*>[ \t]*\r?\n?/gi

// ES5 on purpose: old browsers read it too (and then do nothing: they skip module scripts).
const startCode = [
  '(function(s){',
  'var d=document,w=window,started=false;',
  'function add(tag,props){var e=d.createElement(tag);for(var k in props)e[k]=props[k];e.crossOrigin="";d.head.appendChild(e)}',
  'function start(){if(started)return;started=true;',
  'var p=(s.getAttribute("data-preload")||"").split(" ");',
  'for(var i=0;i<p.length;i++)if(p[i])add("link",{rel:"modulepreload",href:p[i]});',
  'add("script",{type:"module",src:s.getAttribute("data-entry")})}',
  // Hidden (a background tab): nothing is painted until it is shown, so there is nothing to wait for.
  'if(d.visibilityState==="hidden")return start();',
  'd.addEventListener("visibilitychange",start);',
  // The first contentful paint is reported once the frame is on screen; the task that painted it
  // ends earlier, so waiting for a frame alone would start the downloads while it is still
  // being shown. Where paint timing is missing: two frames, then a task.
  'var P=w.PerformanceObserver,types=P&&P.supportedEntryTypes;',
  'if(types&&types.indexOf("paint")>=0&&(d.getElementById("root")||{}).firstChild){',
  'new P(function(l,o){var e=l.getEntries();for(var i=0;i<e.length;i++)if(e[i].name==="first-contentful-paint"){o.disconnect();setTimeout(start,0)}}).observe({type:"paint",buffered:true});',
  // A safety net, should the paint never be reported.
  'setTimeout(start,5000)',
  '}else if(w.requestAnimationFrame)requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(start,0)})});',
  'else start()',
  '})(document.currentScript)',
].join('')

export interface AppStart {
  entry: string
  preloads: string[]
}

/** The app's entry and preloads, from a page's start script, or null when it has none. */
export function readAppStart(html: string): AppStart | null {
  const tag = new RegExp(`<script\\b[^>]*\\bid="${startScriptId}"[^>]*>`, 'i').exec(html)?.[0]
  if (!tag) return null
  const attribute = (name: string) => unescapeAttribute(new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? '')
  const entry = attribute('data-entry')
  if (!entry) return null
  return { entry, preloads: attribute('data-preload').split(' ').filter(Boolean) }
}

/** An attribute's text as written in HTML (`&amp;` and the like) as the value it stands for. */
function unescapeAttribute(text: string): string {
  return text.replace(
    /&(quot|#39|lt|gt|amp);/g,
    (_, name: string) => ({ quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[name]!,
  )
}

/** `html` with its module script and module preloads replaced by the start script. */
export function deferAppStart(html: string): string {
  const entries = [...html.matchAll(moduleScriptPattern)].map((match) => unescapeAttribute(match[1]!))
  if (entries.length !== 1) {
    throw new Error(`index.html should have exactly one <script type="module" src>, found ${entries.length}.`)
  }
  const preloads = [...html.matchAll(modulePreloadPattern)].map((match) => unescapeAttribute(match[1]!))
  const script =
    `<script id="${startScriptId}" data-entry="${escapeHtml(entries[0]!)}" data-preload="${escapeHtml(preloads.join(' '))}">` +
    `${startCode}</script>`
  const without = html.replace(moduleScriptPattern, '').replace(modulePreloadPattern, '')
  if (!/<\/body>/i.test(without)) throw new Error('index.html has no </body>.')
  return without.replace(/([ \t]*)<\/body>/i, (_, indent: string) => `${indent}  ${script}\n${indent}</body>`)
}

export function deferredStart(): Plugin {
  return {
    name: 'arsberattelse:deferred-start',
    apply: 'build',
    // After Vite has written the built entry and its preloads into the page.
    transformIndexHtml: { order: 'post', handler: (html) => deferAppStart(html) },
  }
}
