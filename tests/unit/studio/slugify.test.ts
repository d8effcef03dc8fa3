import type { SlugSchemaType } from 'sanity'
import { describe, expect, test } from 'vitest'
import { checkKeyWithSuggestion } from '../../../sanity/schemaTypes/documents/statistic'
import { checkSlug } from '../../../model/rules'
import { slugifyForField, swedishSlug } from '../../../sanity/slugify'
import { schema } from '../../support/sanity-validation'

describe('the Swedish slugify', () => {
  test.each([
    ['Hälso- och sjukvård', 'halso-och-sjukvard'],
    ['Västra Götaland', 'vastra-gotaland'],
    ['Hälsa & vård 2025', 'halsa-och-vard-2025'],
    ['Åtgärder, 100 %', 'atgarder-100'],
    ['Café Ölands Ängar', 'cafe-olands-angar'],
    ['Räksmörgås', 'raksmorgas'],
    ['Crème brûlée på Öland', 'creme-brulee-pa-oland'],
    ['Müller & Söner', 'muller-och-soner'],
    ['Ledamöter&ersättare', 'ledamoter-och-ersattare'],
    ['  Trafik -- och  resor!  ', 'trafik-och-resor'],
    ['”Närmare kronobergaren” – steg för steg?', 'narmare-kronobergaren-steg-for-steg'],
    ['FoU-stöd', 'fou-stod'],
  ])('%s → %s', (title, slug) => {
    expect(swedishSlug(title)).toBe(slug)
    // Whatever it makes passes the slug rule that refuses å, ä, ö.
    expect(checkSlug(swedishSlug(title))).toBe(true)
  })

  test('trims to the maximum length on a word boundary', () => {
    expect(swedishSlug('Hälso- och sjukvård i Kronobergs län', 22)).toBe('halso-och-sjukvard-i')
    expect(swedishSlug('Hälso- och sjukvård i Kronobergs län', 18)).toBe('halso-och-sjukvard')
    expect(swedishSlug('Hälso- och sjukvård i Kronobergs län', 19)).toBe('halso-och-sjukvard')
    expect(swedishSlug('Hälso- och sjukvård', 17)).toBe('halso-och')
    // One word longer than the field is cut inside the word rather than left empty.
    expect(swedishSlug('Sjukvårdsförvaltningen', 10)).toBe('sjukvardsf')
    expect(swedishSlug('Kort', 60)).toBe('kort')
  })

  test('a slug field’s own maximum length applies', () => {
    const type = { options: { maxLength: 9 } } as unknown as SlugSchemaType
    expect(slugifyForField('Hälso- och sjukvård', type)).toBe('halso-och')
    expect(slugifyForField('Hälso- och sjukvård', {} as SlugSchemaType)).toBe('halso-och-sjukvard')
  })
})

/** Every slug field in the schema, wherever it is nested, as "type.field.path". */
function slugFields(): { path: string; type: SlugSchemaType }[] {
  const found: { path: string; type: SlugSchemaType }[] = []
  const seen = new Set<unknown>()
  const walk = (type: unknown, path: string) => {
    if (!type || typeof type !== 'object' || seen.has(type)) return
    seen.add(type)
    const node = type as {
      jsonType?: string
      name?: string
      type?: { name?: string }
      fields?: { name: string; type: unknown }[]
      of?: unknown[]
    }
    let base: { name?: string; type?: unknown } | undefined = node
    while (base) {
      if (base.name === 'slug' && node.jsonType === 'object') {
        found.push({ path, type: type as SlugSchemaType })
        return
      }
      base = base.type as { name?: string; type?: unknown } | undefined
    }
    for (const field of node.fields ?? []) walk(field.type, `${path}.${field.name}`)
    for (const member of node.of ?? []) walk(member, `${path}[]`)
  }
  for (const name of schema.getTypeNames()) {
    const type = schema.get(name)
    if (type && (type as { type?: { name?: string } }).type?.name === 'document') walk(type, name)
  }
  return found
}

describe('every slug field uses it', () => {
  const fields = slugFields()

  test('the walk finds the slug fields (it can see them at all)', () => {
    expect(fields.map((field) => field.path)).toEqual(
      expect.arrayContaining(['area.slug', 'statistic.slug', 'article.slug']),
    )
  })

  test.each(fields.map((field) => [field.path, field.type] as const))('%s', (_path, type) => {
    expect(type.options?.slugify).toBe(slugifyForField)
  })
})

describe('the statistic key’s suggestion', () => {
  test('a missing or malformed key is refused with a key made from the title', () => {
    const document = { title: 'Resor med Länstrafiken & Krösatåg' }
    expect(checkKeyWithSuggestion(undefined, { document })).toMatch(
      /^Ange en nyckel\..*Förslag: ”resor-med-lanstrafiken-och-krosatag”\.$/,
    )
    expect(checkKeyWithSuggestion('Resor_med', { document })).toMatch(/Förslag: ”resor-med-lanstrafiken-och-krosatag”/)
    expect(checkKeyWithSuggestion('resor', { document })).toBe(true)
    // Without a title there is nothing to suggest.
    expect(checkKeyWithSuggestion(undefined, { document: {} })).toBe(
      'Ange en nyckel. Samma statistik ska ha samma nyckel alla år.',
    )
  })
})
