import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { checkAltText } from '../../../model/imageRules'
import { validateDocuments, type Marker } from '../../support/sanity-validation'
import { sampleDocuments } from './studio'

/**
 * The alt text of every image (an area's lead image, an article's main image, an image in an
 * article's body), through Sanity's own validation at the Studio's level: a missing or useless
 * alt text is an error (it blocks publishing), a decorative image needs none.
 */
const documents = sampleDocuments()
const assets = documents.filter((doc) => doc._type === 'sanity.imageAsset')
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a sample document, broken freely
type Loose = SanityDocument & Record<string, any>
const original = (id: string) => structuredClone(documents.find((doc) => doc._id === id)!) as Loose

/** The errors on the document's image fields (its references to other documents are not the point here). */
async function errorsOf(doc: SanityDocument): Promise<Marker[]> {
  const results = await validateDocuments([doc, ...assets], 'studio')
  return (results.get(doc._id) ?? []).filter(
    (marker) => marker.level === 'error' && ['leadImage', 'mainImage', 'body'].includes(String(marker.path[0])),
  )
}

const article = () => original('article-2018-sagobygden-med-i-unescos-register')
const area = () => original('area-2018-kollektivtrafik')
const bodyImageIndex = (doc: Loose) => doc.body.findIndex((block: { _type: string }) => block._type === 'contentImage')

describe('image alt texts in the Studio', () => {
  test('the sample images are clean', async () => {
    expect(await errorsOf(article())).toEqual([])
    expect(await errorsOf(area())).toEqual([])
  })

  test.each([
    ['missing', undefined, 'Skriv en alternativtext'],
    ['empty', '   ', 'Skriv en alternativtext'],
    ['"bild"', 'Bild', 'säger inte vad bilden visar'],
    ['"foto"', 'foto.', 'säger inte vad bilden visar'],
    ['a file name', 'IMG_2043.JPG', 'ser ut som ett filnamn'],
    ['a file name with words', 'buss-i-sommar.png', 'ser ut som ett filnamn'],
    ['too short', 'Buss', 'för kort'],
  ])('an area’s lead image with an alt text that is %s is refused', async (_, alt, message) => {
    const doc = area()
    if (alt === undefined) delete doc.leadImage.alt
    else doc.leadImage.alt = alt
    const errors = await errorsOf(doc)
    expect(errors.map((marker) => [marker.path, marker.message])).toEqual([
      [['leadImage', 'alt'], expect.stringContaining(message)],
    ])
  })

  test('an alt text that repeats the caption is refused (a screen reader would read it twice)', async () => {
    const doc = article()
    doc.mainImage.caption = 'Sagobygden en kväll.'
    doc.mainImage.alt = 'sagobygden en kväll'
    expect((await errorsOf(doc)).map((marker) => [marker.path, marker.message])).toEqual([
      [['mainImage', 'alt'], expect.stringContaining('upprepar bildtexten')],
    ])
  })

  test('an image in an article’s body is checked too', async () => {
    const doc = article()
    const index = bodyImageIndex(doc)
    expect(index).toBeGreaterThan(-1)
    doc.body[index].alt = 'bild'
    const errors = await errorsOf(doc)
    expect(errors).toHaveLength(1)
    expect(errors[0]!.path).toEqual(['body', { _key: doc.body[index]._key }, 'alt'])
  })

  test('a decorative image needs no alt text', async () => {
    const doc = article()
    delete doc.mainImage.alt
    doc.mainImage.decorative = true
    expect(await errorsOf(doc)).toEqual([])
  })

  test('an image field without a file asks for nothing yet', async () => {
    const doc = area()
    doc.leadImage = { _type: 'contentImage' }
    expect(await errorsOf(doc)).toEqual([])
  })
})

describe('checkAltText', () => {
  test('accepts a description, in any case, and refuses what says nothing', () => {
    expect(checkAltText('Tecknad buss på en landsväg.')).toBe(true)
    expect(checkAltText('Bild på')).not.toBe(true)
    expect(checkAltText('DSC00042')).not.toBe(true)
    expect(checkAltText('Skärmavbild 2025-01-02 kl. 10.11.12')).not.toBe(true)
    expect(checkAltText(null, { decorative: true })).toBe(true)
    expect(checkAltText('Kö vid vårdcentralen', { caption: 'Kö vid vårdcentralen!' })).not.toBe(true)
    expect(checkAltText('Kö vid vårdcentralen', { caption: 'Väntetiderna blev kortare.' })).toBe(true)
  })
})
