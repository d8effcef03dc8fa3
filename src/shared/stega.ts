/**
 * Removes Sanity's stega source maps from text: the invisible characters (zero-width spaces,
 * joiners, word joiners, invisible operators, musical symbol formats) that the Studio's
 * Presentation tool adds to strings so that its overlay can tell which field a text comes
 * from. They must not reach what is used as data: addresses, file contents, accessible names,
 * head tags, comparisons and keys.
 *
 * The characters and the rule (a run of four or more) are those of `@vercel/stega`, which
 * `stegaClean` of `@sanity/client/stega` uses; a test checks both agree. This is a few bytes
 * where that library is a few kilobytes on the readers' start-up path.
 */
// The zero-width joiner stands apart: in a character class it reads as part of a joined emoji
// sequence to linters and people alike.
const stegaRun = /(?:[\u200b\u200c\u2060-\u2063\ufeff\u{1d173}-\u{1d17a}]|\u200d){4,}/gu

export function stegaClean(text: string): string
export function stegaClean(text: string | null): string | null
export function stegaClean(text: string | undefined): string | undefined
export function stegaClean(text: string | null | undefined): string | null | undefined {
  return typeof text === 'string' ? text.replace(stegaRun, '') : text
}

const carriesStega = new RegExp(stegaRun.source, 'u')

/**
 * Every string in a value (objects and arrays walked), cleaned; other values as they are. What
 * carries no stega is returned as it is, not copied: outside the Presentation tool that is
 * everything, and the views clean whole reports on every render.
 */
export function stegaCleanDeep<T>(value: T): T {
  if (typeof value === 'string') return (carriesStega.test(value) ? value.replace(stegaRun, '') : value) as T
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const cleaned = stegaCleanDeep(item)
      if (cleaned !== item) (copy ??= [...value])[i] = cleaned
    }
    return (copy ?? value) as T
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      const item = record[key]
      const cleaned = stegaCleanDeep(item)
      if (cleaned !== item) (copy ??= { ...record })[key] = cleaned
    }
    return (copy ?? value) as T
  }
  return value
}
