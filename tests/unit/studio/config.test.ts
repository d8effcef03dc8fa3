import { validateDocument, type SanityDocument, type Source } from 'sanity'
import { beforeAll, describe, expect, test } from 'vitest'
import { studioEnv } from '../../../sanity/env'
import { StartNextYearAction } from '../../../sanity/nextYear/StartNextYearAction'
import { OpenInReportAction } from '../../../sanity/openInReport/OpenInReportAction'
import { singletonIds } from '../../../sanity/schemaTypes/singletons'
import { sampleDocuments, standInClient, studioSource } from './studio'

const documents = sampleDocuments()
let source: Source

beforeAll(async () => {
  source = await studioSource(documents)
  await source.i18n.loadNamespaces(['studio', 'validation']) // i18next settles its language on loading
})

const actionsFor = (schemaType: string, documentId: string) =>
  source.document.actions({ schemaType, documentId } as Parameters<Source['document']['actions']>[0])
const names = (actions: ReturnType<typeof actionsFor>) => actions.map((action) => action.action ?? action.displayName)

describe('the Studio configuration (resolved by Sanity from sanity.config.ts)', () => {
  test('offers no template for a singleton, so none can be created a second time', () => {
    const types = source.templates.map((template) => template.schemaType)
    expect(types).toEqual(expect.arrayContaining(['report', 'area', 'statistic', 'article']))
    for (const id of singletonIds) expect(types).not.toContain(id)
  })

  test.each(singletonIds)('lets the singleton %s be published, discarded and restored only', (id) => {
    const singleton = names(actionsFor(id, id))
    expect(singleton.sort()).toEqual(['discardChanges', 'publish', 'restore'])
  })

  test('keeps Sanity’s actions for the other types and adds "Öppna i årsberättelsen" and, on reports, "Starta nästa år"', () => {
    const report = actionsFor('report', 'report-2019')
    expect(names(report)).toEqual(expect.arrayContaining(['publish', 'unpublish', 'delete', 'duplicate']))
    expect(names(report)[0]).toBe('publish')
    expect(report).toEqual(expect.arrayContaining([OpenInReportAction, StartNextYearAction]))
    for (const type of ['area', 'statistic', 'article']) {
      const actions = actionsFor(type, `${type}-x`)
      expect(actions).toContain(OpenInReportAction)
      expect(actions).not.toContain(StartNextYearAction)
      expect(names(actions)).toEqual(expect.arrayContaining(['publish', 'delete']))
    }
  })

  test('has the Presentation tool, with the app (SANITY_STUDIO_APP_URL) as its only allowed origin', () => {
    const presentation = source.tools.find((tool) => tool.name === 'presentation')
    expect(presentation?.title).toBe('Förhandsvisning')
    const options = presentation?.options as { allowOrigins?: unknown; previewUrl?: { initial?: unknown } }
    expect(options.allowOrigins).toEqual([new URL(studioEnv.appUrl).origin])
    expect(options.previewUrl?.initial).toBe(`${studioEnv.appUrl}/`)
  })

  test('speaks Swedish by default, English still available', () => {
    expect(source.i18n.locales.map((locale) => locale.id)).toEqual(['en-US', 'sv-SE'])
    expect(source.i18n.currentLocale.id).toBe('sv-SE')
  })

  test('Sanity’s own validation messages come in Swedish', async () => {
    const client = standInClient(documents)
    // Every rule of ours has its own message; Sanity's own check that a reference points to a
    // published document has not.
    const area = { ...documents.find((doc) => doc._id === 'area-2018-kultur')! } as SanityDocument
    area.articles = [{ _type: 'reference', _key: 'x', _ref: 'article-finns-inte' }]
    const markers = await validateDocument({
      document: area,
      workspace: { ...source, schema: source.schema } as never,
      getClient: () => client,
      getDocumentExists: async ({ id }) => documents.some((doc) => doc._id === id),
      environment: 'studio',
    })
    expect(markers.map((marker) => marker.message)).toContain('Refererat dokument måste vara publicerat')
  })

  test('gives each report, area, statistic and article its URL in the app as the production URL', async () => {
    const url = (id: string) =>
      source.document.resolveProductionUrl({ document: documents.find((doc) => doc._id === id)! } as never)
    expect(await url('report-2018')).toBe(`${studioEnv.appUrl}/2018?forhandsvisning`)
    expect(await url('area-2018-kultur')).toBe(`${studioEnv.appUrl}/2018/kultur?forhandsvisning`)
    expect(await url('statistic-2018-vard-besok')).toBe(
      `${studioEnv.appUrl}/2018/halso-och-sjukvard/besok?forhandsvisning`,
    )
    expect(await url('article-2018-gratis-sommarkort-for-skolungdomar')).toBe(
      `${studioEnv.appUrl}/2018/kollektivtrafik/artiklar/gratis-sommarkort-for-skolungdomar?forhandsvisning`,
    )
    expect(await url('siteTexts')).toBeUndefined()
  })
})
