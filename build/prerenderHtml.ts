/**
 * A prerendered page from the built index.html: the page's head tags in place of the generic
 * <title> and description, the app's markup in #root, and the state the browser entry reads.
 */

const titlePattern = /<title>[\s\S]*?<\/title>/i
const descriptionPattern = /[ \t]*<meta\s+name="description"[^>]*>\s*?\n?/gi
const emptyRootPattern = /<div id="root">\s*<\/div>/

/** Throws unless `template` is the built index.html before any page was written into it. */
export function assertTemplate(template: string): void {
  if (!emptyRootPattern.test(template)) {
    throw new Error(
      'The built index.html has no empty <div id="root"></div>: it is not a fresh `vite build` (pages are written into a copy of it).',
    )
  }
  if (!/<\/head>/i.test(template)) throw new Error('The built index.html has no </head>.')
}

export interface PageParts {
  /** Tags for <head> (title, description, canonical link, sharing tags). */
  head: string
  /** The app's markup. */
  html: string
  /** The <script> with the page's content, read by the browser entry. */
  stateScript: string
}

export function pageHtml(template: string, { head, html, stateScript }: PageParts): string {
  assertTemplate(template)
  // Function replacements: content may hold "$&" or "$'", which a replacement string would expand.
  let page = template.replace(descriptionPattern, () => '')
  page = titlePattern.test(page)
    ? page.replace(titlePattern, () => head)
    : page.replace(/<\/head>/i, () => `  ${head}\n  </head>`)
  return page.replace(emptyRootPattern, () => `<div id="root">${html}</div>\n    ${stateScript}`)
}
