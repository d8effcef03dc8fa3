import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { toAccessibilityStatement } from '../../../src/content/accessibilityStatement'
import { validateDocuments, type Marker } from '../../support/sanity-validation'
import { sampleDocuments } from './studio'

/**
 * What lag (2018:1937) and Digg's model require of the statement, through Sanity's own
 * validation at the Studio's level: a statement missing a required part cannot be published,
 * and says in Swedish what is missing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a sample document, changed field by field as an editor would
type Statement = SanityDocument & Record<string, any>
const original = () =>
  structuredClone(sampleDocuments().find((doc) => doc._id === 'accessibilityStatement')!) as Statement

async function errorsOf(doc: Statement): Promise<string[]> {
  const results = await validateDocuments([doc], 'studio')
  return (results.get(doc._id) ?? [])
    .filter((marker: Marker) => marker.level === 'error')
    .map((marker) => marker.message)
}

describe('the accessibility statement (Studio validation)', () => {
  test('the sample statement is complete', async () => {
    expect(await errorsOf(original())).toEqual([])
  })

  test.each([
    ['compliance', 'Ange hur väl webbplatsen uppfyller lagens krav'],
    ['intro', 'Skriv en inledning'],
    ['feedback', 'Berätta hur läsaren rapporterar brister'],
    ['contact', 'Ange vem läsaren kontaktar'],
    ['responseTime', 'Ange när läsaren kan vänta sig ett svar.'],
    ['enforcement', 'Berätta om tillsynsmyndigheten'],
    ['enforcementUrl', 'Ange adressen som länken leder till.'],
    ['assessment', 'Beskriv hur webbplatsen granskades'],
    ['preparedAt', 'Ange när redogörelsen upprättades.'],
    ['reviewedAt', 'Ange när redogörelsen senast granskades.'],
  ])('without %s it says what is missing', async (field, message) => {
    const doc = original()
    delete doc[field]
    expect(await errorsOf(doc)).toEqual(expect.arrayContaining([expect.stringContaining(message)]))
  })

  test('a site that is not fully compliant must list the content that is not accessible', async () => {
    for (const compliance of ['partial', 'none']) {
      const doc = original()
      doc.compliance = compliance
      doc.inaccessibleContent = []
      expect(await errorsOf(doc)).toEqual([expect.stringContaining('Beskriv innehållet som inte är tillgängligt')])
    }
  })

  test('a site with content that falls short of the requirements is not fully compliant', async () => {
    const doc = original()
    doc.compliance = 'full'
    expect(await errorsOf(doc)).toEqual([expect.stringContaining('då är webbplatsen inte helt förenlig')])
    // Fully compliant, with only content outside the law's scope listed: fine.
    doc.inaccessibleContent = doc.inaccessibleContent.filter(
      (item: { reason: string }) => item.reason !== 'nonCompliance',
    )
    expect(await errorsOf(doc)).toEqual([])
  })

  test('each item of inaccessible content has its reason and what the reader can do instead', async () => {
    const doc = original()
    delete doc.inaccessibleContent[0].reason
    delete doc.inaccessibleContent[0].alternative
    expect(await errorsOf(doc)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Ange skälet'),
        expect.stringContaining('Skriv hur läsaren kan ta del av innehållet på annat sätt.'),
      ]),
    )
  })

  test('a contact needs a way to reach it, and a web address must be a safe one', async () => {
    const unreachable = original()
    unreachable.contact = { name: 'Region Kronoberg' }
    expect(await errorsOf(unreachable)).toEqual([expect.stringContaining('Ange minst ett sätt att nå er')])
    const unsafe = original()
    unsafe.contact.url = 'javascript:alert(1)'
    expect(await errorsOf(unsafe)).toEqual([expect.stringContaining('Adressen måste börja med https://')])
    const byEmail = original()
    byEmail.contact = { name: 'Region Kronoberg', email: 'inte en adress' }
    expect(await errorsOf(byEmail)).toEqual([expect.stringContaining('Ange en e-postadress')])
  })

  test('the assessment: who, how and when; a third party by name', async () => {
    const doc = original()
    doc.assessment = { method: 'thirdParty' }
    expect(await errorsOf(doc)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Ange vem som granskade webbplatsen.'),
        expect.stringContaining('Beskriv hur webbplatsen testades.'),
        expect.stringContaining('Ange när den senaste bedömningen gjordes.'),
      ]),
    )
  })

  test('it cannot have been reviewed before it was drawn up', async () => {
    const doc = original()
    doc.preparedAt = '2026-11-30'
    doc.reviewedAt = '2026-01-15'
    expect(await errorsOf(doc)).toEqual([expect.stringContaining('kan inte ha granskats innan den upprättades')])
  })
})

describe('the statement as the app reads it', () => {
  test('missing parts are left out, unsafe links dropped; no title is no statement', () => {
    const doc = original()
    const statement = toAccessibilityStatement({
      ...doc,
      contact: { ...doc.contact, url: 'javascript:alert(1)' },
      compliance: 'kanske',
    } as never)!
    expect(statement.title).toBe('Tillgänglighetsredogörelse för årsberättelsen')
    expect(statement.contact).toEqual({ name: 'Region Kronoberg', url: null, email: null, phone: null })
    expect(statement.compliance).toBeNull()
    expect(statement.inaccessibleContent.map((item) => item.reason)).toEqual(['nonCompliance', 'outsideScope'])
    expect(toAccessibilityStatement({ ...doc, title: '' } as never)).toBeNull()
    expect(toAccessibilityStatement(null)).toBeNull()
  })
})
