import { prepareForPreview, type SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { areaLabel, publicationState } from '../../../sanity/previews/media'
import { firstHeadlineFigure } from '../../../model/headline'
import { prepareArea, prepareArticle, prepareReport, prepareStatistic } from '../../../sanity/previews/prepare'
import { schema } from '../../support/sanity-validation'
import { sampleDocuments } from './studio'

const documents = sampleDocuments()
const doc = (id: string) => documents.find((candidate) => candidate._id === id) as SanityDocument
const nbsp = '\u00a0'

/** The preview Sanity would show for a document: the schema's select and prepare, run by Sanity. */
const preview = (id: string) => prepareForPreview(doc(id), schema.get(doc(id)._type)!) as Record<string, unknown>

const mediaOf = (value: { media?: unknown }) => value.media as { documentId?: string } | undefined

describe('list previews', () => {
  test('a statistic shows its title, its first headline figure formatted sv-SE and its period; its area via the media', () => {
    const value = preview('statistic-2018-vard-besok')
    expect(value.title).toBe(doc('statistic-2018-vard-besok').title)
    expect(value.subtitle).toBe(`1${nbsp}037${nbsp}034 · 2018`)
    expect(mediaOf(value)?.documentId).toBe('statistic-2018-vard-besok')
  })

  test('the figure keeps its decimals and unit, and it is the first one in the sentence', () => {
    // "Skattesatsen … 12,00 %" (two decimals, a unit), before any later figure.
    expect(preview('statistic-2018-ekonomi-skattesats').subtitle).toBe(`12,00${nbsp}% · 2018`)
    const headline = [
      {
        children: [
          { _type: 'span', text: 'Först ' },
          { _type: 'headlineFigure', value: 6.8, decimals: 1 },
        ],
      },
      { children: [{ _type: 'headlineFigure', value: 99 }] },
    ]
    expect(firstHeadlineFigure(headline)?.value).toBe(6.8)
    expect(prepareStatistic({ title: 'T', headline, period: '2019' }).subtitle).toBe('6,8 · 2019')
  })

  test('a statistic whose figure is still empty (a new year’s draft) says so', () => {
    const headline = [
      {
        children: [
          { _type: 'span', text: 'Underskott på ' },
          { _type: 'headlineFigure', unit: 'mnkr' },
        ],
      },
    ]
    expect(prepareStatistic({ title: 'Underskott', headline, period: '2020' })).toMatchObject({
      title: 'Underskott',
      subtitle: 'Huvudtal saknas · 2020',
    })
    expect(prepareStatistic({}).title).toBe('Statistik utan rubrik')
  })

  test('an article shows its date in Swedish, and its area via the media', () => {
    const value = preview('article-2017-krosatagstrafik-upphandlades')
    expect(value).toMatchObject({ subtitle: expect.stringMatching(/^\d{1,2} [a-zé]+ 20\d\d$/) })
    expect(mediaOf(value)?.documentId).toBe('article-2017-krosatagstrafik-upphandlades')
    expect(prepareArticle({ title: 'Ny' }).subtitle).toBe('Publiceringsdatum saknas')
  })

  test('an article or area with an image shows the image as its media', () => {
    const article = preview('article-2018-gratis-sommarkort-for-skolungdomar')
    expect(article).toMatchObject({ title: 'Gratis sommarkort för skolungdomar', subtitle: '28 februari 2019' })
    expect(article.media).toMatchObject({
      asset: { _ref: expect.stringMatching(/^image-[0-9a-f]{40}-1600x1000-png$/) },
    })
    const area = preview('area-2018-kollektivtrafik')
    expect(area.media).toMatchObject({ asset: { _ref: expect.stringMatching(/^image-/) } })
    // An image field without a file yet: the icon again.
    expect(mediaOf(prepareArticle({ id: 'article-x', title: 'Ny', image: {} }))?.documentId).toBe('article-x')
  })

  test('a report shows its year, and its publication state via the media', () => {
    const value = preview('report-2019')
    expect(value).toMatchObject({ title: 'Årsberättelse 2019', subtitle: '2019' })
    expect(mediaOf(value)?.documentId).toBe('report-2019')
    // A draft's media looks up the same (published) id, so draft and published share one state.
    expect(mediaOf(prepareReport({ id: 'drafts.report-2020', year: 2020 }))?.documentId).toBe('report-2020')
    expect(prepareReport({ year: 2020 }).title).toBe('Årsberättelse 2020')
  })

  test('an area shows its subtitle and its icon', () => {
    expect(preview('area-2019-halso-och-sjukvard')).toMatchObject({
      title: 'Hälso- och sjukvård',
      subtitle: 'Tillgänglighet och kostnader',
    })
    expect(prepareArea({ id: 'area-x', title: 'X' }).subtitle).toBeUndefined()
  })

  test('the same document gets the same media component, so lists do not redraw it', () => {
    expect(prepareStatistic({ id: 'statistic-2018-vard-besok' }).media).toBe(
      prepareStatistic({ id: 'drafts.statistic-2018-vard-besok' }).media,
    )
  })
})

describe('what the media say', () => {
  test('the area: its title and year, or that the document is in no area', () => {
    expect(areaLabel({ title: 'Kultur', year: 2018, icon: 'culture', slug: 'kultur' })).toBe('Kultur, 2018')
    expect(areaLabel({ title: 'Kultur', year: null })).toBe('Kultur (inte med i någon årsberättelse)')
    expect(areaLabel(null)).toMatch(/^Ingår inte i något område/)
    expect(areaLabel(undefined)).toBe('Söker området …')
  })

  test('the report: published, published with changes, or a draft', () => {
    expect(publicationState({ published: true, draft: false })).toEqual({ state: 'published', label: 'Publicerad' })
    expect(publicationState({ published: true, draft: true }).state).toBe('changed')
    expect(publicationState({ published: false, draft: true })).toEqual({
      state: 'draft',
      label: 'Utkast: inte publicerad',
    })
  })
})
