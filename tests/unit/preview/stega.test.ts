import { stegaClean as sanityStegaClean, stegaEncodeSourceMap } from '@sanity/client/stega'
import { vercelStegaCombine, legacyStegaEncode } from '@vercel/stega'
import { describe, expect, test } from 'vitest'
import { shouldEncode } from '../../../src/content/sources/stegaFilter'
import { stegaClean, stegaCleanDeep } from '../../../src/shared/stega'
import schema from '../../../sanity/schema.json'

const editInfo = { origin: 'sanity.io', href: 'https://studio.example.se/intent/edit/id=a;path=title' }
const samples = [
  'Besök i hälso- och sjukvården',
  '',
  'Två\u200bord', // a single zero-width space in the text itself stays
  '\ufeffmed BOM', // as does a byte-order mark
  'Emoji 👩‍👩‍👧 med sammanfogning',
  'Läkare; "citat" = formel',
]

describe('stegaClean (the app’s own) against Sanity’s', () => {
  test.each(samples)('gives what @sanity/client/stega gives for %j, encoded or not', (text) => {
    const encoded = [
      text,
      vercelStegaCombine(text, editInfo, true),
      `${text}${legacyStegaEncode(editInfo)}`,
      `${vercelStegaCombine(text, editInfo, true)} och ${vercelStegaCombine('mer', { ...editInfo, href: 'x' }, true)}`,
    ]
    for (const value of encoded) expect(stegaClean(value)).toBe(sanityStegaClean(value))
    expect(stegaClean(vercelStegaCombine(text, editInfo, true))).toBe(text)
  })

  test('cleans every string of a value as Sanity’s does, leaving numbers and nulls', () => {
    const value = {
      title: vercelStegaCombine('Titel', editInfo, true),
      values: [1, null, 2.5],
      series: [{ name: vercelStegaCombine('Besök', editInfo, true), values: [3] }],
      nested: { deeper: [vercelStegaCombine('x', editInfo, true)], flag: true },
    }
    expect(stegaCleanDeep(value)).toEqual(sanityStegaClean(value))
    expect(stegaClean(null)).toBeNull()
  })

  // Outside the Presentation tool nothing carries stega, and views clean whole reports on
  // every render: a copy of each would be work and garbage for nothing.
  test('returns what carries no stega as it is, and copies only the branches that do', () => {
    const clean = { title: 'Titel', values: [1, null, 2.5], series: [{ name: 'Besök', values: [3] }] }
    expect(stegaCleanDeep(clean)).toBe(clean)
    const mixed = { ...clean, nested: { deeper: [vercelStegaCombine('Besök i vården', editInfo)] } }
    expect(mixed.nested.deeper[0]).not.toBe('Besök i vården')
    const cleaned = stegaCleanDeep(mixed)
    expect(cleaned).not.toBe(mixed)
    expect(cleaned.nested.deeper).toEqual(['Besök i vården'])
    expect(cleaned.series).toBe(clean.series)
    expect(cleaned.values).toBe(clean.values)
  })
})

type SchemaValue = {
  type: string
  value?: unknown
  of?: SchemaValue[] | SchemaValue
  attributes?: Record<string, { value: SchemaValue }>
}

/** Every field of the schema whose value is one of a fixed list of strings. */
function listFields(value: SchemaValue, found = new Set<string>()): Set<string> {
  if (value.type === 'object' && value.attributes) {
    for (const [name, attribute] of Object.entries(value.attributes)) {
      const field = attribute.value
      if (
        name !== '_type' &&
        field.type === 'union' &&
        Array.isArray(field.of) &&
        field.of.every((o) => o.type === 'string' && typeof o.value === 'string')
      ) {
        found.add(name)
      }
      listFields(field, found)
    }
  }
  if (value.type === 'array' && value.of && !Array.isArray(value.of)) listFields(value.of, found)
  if (value.type === 'union' && Array.isArray(value.of)) value.of.forEach((option) => listFields(option, found))
  return found
}

describe('which strings get source maps', () => {
  const ask = (sourcePath: (string | number)[], resultPath: (string | number)[] = ['report', 'title']) =>
    shouldEncode({ sourcePath, resultPath, filterDefault: () => true })

  test('no field with a fixed list of values (the app compares them) is ever encoded', () => {
    const fields = new Set<string>()
    for (const type of schema as unknown as (SchemaValue & { value?: SchemaValue })[]) {
      // A document has its fields itself; any other type in `value`.
      listFields(type.type === 'document' ? { ...type, type: 'object' } : type.value!, fields)
    }
    expect([...fields]).toEqual(expect.arrayContaining(['compliance', 'reason', 'method']))
    for (const field of fields) expect(ask(['x', field]), field).toBe(false)
  })

  test('text a reader sees is encoded; labels, the previous site’s addresses and keys are not', () => {
    expect(ask(['title'])).toBe(true)
    expect(ask(['headline', 0, 'children', 1, 'text'])).toBe(true)
    expect(ask(['legacyPath'])).toBe(false)
    expect(ask(['key'])).toBe(false)
    expect(ask(['previousStatistic'], ['siteTexts', 'previousStatistic'])).toBe(false)
  })

  test('Sanity’s own encoder follows the filter', () => {
    const result = { report: { title: 'Årsberättelse 2018', compliance: 'partial' } }
    const encoded = stegaEncodeSourceMap(
      result,
      {
        documents: [{ _id: 'report-2018', _type: 'report' }],
        paths: ['$'],
        mappings: { "$['report']": { type: 'value', source: { type: 'documentValue', document: 0, path: 0 } } },
      },
      { enabled: true, studioUrl: 'https://studio.example.se', filter: (props) => shouldEncode(props) },
    )
    expect(encoded.report.title).not.toBe(result.report.title)
    expect(stegaClean(encoded.report.title)).toBe(result.report.title)
    expect(encoded.report.compliance).toBe('partial')
  })
})
