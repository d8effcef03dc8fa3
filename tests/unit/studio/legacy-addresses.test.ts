import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { validateDocuments } from '../../support/sanity-validation'
import { sampleDocuments } from './studio'

/** The previous site's addresses, as editors enter them in the Studio (optional, validated). */
const documents = sampleDocuments()
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a sample document, changed field by field as an editor would
type LooseDocument = SanityDocument & Record<string, any>
const original = (id: string) => structuredClone(documents.find((doc) => doc._id === id)!) as LooseDocument

async function messages(doc: SanityDocument, field: string): Promise<string[]> {
  const results = await validateDocuments([doc], 'studio')
  return (results.get(doc._id) ?? [])
    .filter((marker) => marker.path[0] === field && marker.level === 'error')
    .map((marker) => marker.message)
}

describe('an area’s code on the previous site', () => {
  test.each([undefined, 'sjukvard', 'reg_utv'])('%s is fine', async (code) => {
    const area = original('area-2018-halso-och-sjukvard')
    area.legacyCode = code
    expect(await messages(area, 'legacyCode')).toEqual([])
  })

  test.each(['Sjukvård', 'reg utv', '?omrade=sjukvard'])('%s is refused, with what to enter', async (code) => {
    const area = original('area-2018-halso-och-sjukvard')
    area.legacyCode = code
    expect(await messages(area, 'legacyCode')).toEqual([expect.stringContaining('omrade=')])
  })
})

describe('an article’s address on the previous site', () => {
  test.each([
    undefined,
    '/2019/02/28/utvecklingsstrategin-narmare-kronobergaren/',
    'http://arsberattelse.kronoberg.se/2019/02/28/utvecklingsstrategin/?ar=2018',
  ])('%s is fine', async (path) => {
    const article = original('article-2018-utvecklingsstrategin-narmare-kronobergaren')
    article.legacyPath = path
    expect(await messages(article, 'legacyPath')).toEqual([])
  })

  test.each(['utvecklingsstrategin', '/2019/2/28/utvecklingsstrategin/', '/arsberattelser/2018/'])(
    '%s is refused, with the form to use',
    async (path) => {
      const article = original('article-2018-utvecklingsstrategin-narmare-kronobergaren')
      article.legacyPath = path
      expect(await messages(article, 'legacyPath')).toEqual([expect.stringContaining('/ÅÅÅÅ/MM/DD/')])
    },
  )
})
