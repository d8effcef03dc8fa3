import type { Plugin } from 'vite'

/**
 * Everything the page's entry imports statically (what every reader's browser runs to start the
 * app) in one chunk, `start`, beside the entry.
 *
 * Why: Rolldown gives a module that the start shares with a lazily loaded chunk (the JSX
 * runtime, React Query, the content types, the number formats) a chunk of its own, because
 * merging it into the entry would make the entry and the lazy chunk import each other. Each
 * lazy page added that way made more small start-up chunks, and many small files gzip worse
 * than one: every reader paid about a kilobyte for pages few of them open. With this group the
 * lazy chunks import what they share from `start`, and the start-up JS is two files.
 */
export function startChunk(): Plugin & {
  isStartModule: (id: string) => boolean
  /** The modules `roots` (those of the build's module ids it accepts) import statically, and themselves. */
  closureOf: (isRoot: (id: string) => boolean) => Set<string>
} {
  const imports = new Map<string, readonly string[]>()
  const entries = new Set<string>()
  let closure: Set<string> | undefined

  const isStartModule = (id: string): boolean => {
    closure ??= staticClosure(entries, imports)
    return closure.has(id) && !entries.has(id)
  }

  return {
    name: 'arsberattelse:start-chunk',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      imports.clear()
      entries.clear()
      closure = undefined
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds)
      if (info.isEntry) entries.add(info.id)
    },
    buildEnd() {
      // index.html is the entry Vite gives Rolldown; the script it names (src/main.tsx) is the
      // one the page loads, and stays the entry chunk.
      for (const entry of [...entries]) {
        if (entry.endsWith('.html')) for (const id of imports.get(entry) ?? []) entries.add(id)
      }
    },
    isStartModule,
    closureOf: (isRoot) => staticClosure([...imports.keys()].filter(isRoot), imports),
  }
}

/** The modules `entries` import statically, directly or not, and the entries themselves. */
function staticClosure(entries: Iterable<string>, imports: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>()
  const stack = [...entries]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (seen.has(id)) continue
    seen.add(id)
    stack.push(...(imports.get(id) ?? []))
  }
  return seen
}
