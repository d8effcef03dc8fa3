import slugify from '@sindresorhus/slugify'
import type { SlugSchemaType } from 'sanity'

/**
 * One Swedish slugify for every slug field of the Studio (and the statistic key's suggestion).
 *
 * Sanity's default transliterates the German way ("Hälso- och sjukvård" → `haelso-och-sjukvard`).
 * `@sindresorhus/slugify` with the Swedish locale gives å, ä → a and ö → o (é, è → e as for any
 * language; ü → u by a replacement), drops other punctuation, collapses hyphens and lower-cases; its `&` becomes
 * "och" by a custom replacement. What the library cannot do is cut at a maximum length on a word
 * boundary, so that part is ours (below).
 */
const options = {
  locale: 'sv',
  // The Swedish locale keeps the German ü → ue (Swedish has no ü of its own): Swedish writes u.
  customReplacements: [
    ['&', ' och '],
    ['ü', 'u'],
    ['Ü', 'U'],
  ] as [string, string][],
  // "FoU-stöd" is one word to a Swedish reader, not "fo-u-stod".
  decamelize: false,
}

/** The URL slug for a Swedish title, at most `maxLength` characters, never cut inside a word. */
export function swedishSlug(input: string, maxLength?: number): string {
  const slug = slugify(input, options)
  if (maxLength === undefined || slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  // The character after the cut tells whether the cut fell between two words.
  if (slug[maxLength] === '-') return cut.replace(/-+$/, '')
  const lastBreak = cut.lastIndexOf('-')
  // One word longer than the field: a cut word is better than no slug.
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut
}

/** For a slug field's `options.slugify`: the field's own `maxLength` applies. */
export function slugifyForField(input: string, schemaType: SlugSchemaType): string {
  const maxLength = schemaType.options?.maxLength
  return swedishSlug(input, typeof maxLength === 'number' ? maxLength : undefined)
}
