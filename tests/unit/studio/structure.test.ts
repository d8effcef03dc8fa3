import { firstValueFrom, isObservable } from 'rxjs'
import type { SanityDocument } from 'sanity'
import type { ChildResolverOptions, StructureBuilder } from 'sanity/structure'
import { beforeAll, describe, expect, test } from 'vitest'
import { singletonIds } from '../../../sanity/schemaTypes/singletons'
import { structure } from '../../../sanity/structure'
import { orderedIds, publishedId } from '../../../sanity/structure/orderedChildren'
import { sampleDocuments, structureBuilder, structureContext, studioSource } from './studio'

type Serialized = {
  id: string
  type: string
  title?: string
  items?: Serialized[]
  child?: unknown
  [k: string]: unknown
}

const documents = sampleDocuments()
const byId = new Map(documents.map((doc) => [doc._id, doc]))
const refIds = (doc: SanityDocument | undefined, field: string) =>
  ((doc?.[field] as { _ref: string }[] | undefined) ?? []).map((ref) => ref._ref)

let S: StructureBuilder
let root: Serialized

const options = (params: Record<string, string | undefined> = {}) =>
  ({ params, path: [], index: 0, splitIndex: 0, parent: null }) as unknown as ChildResolverOptions

/** Resolves a serialized item's child (a builder, a resolver, a promise or an observable) and serializes it. */
async function open(child: unknown, id: string, params: Record<string, string | undefined> = {}): Promise<Serialized> {
  let resolved =
    typeof child === 'function'
      ? (child as (id: string, o: ChildResolverOptions) => unknown)(id, options(params))
      : child
  if (isObservable(resolved)) resolved = await firstValueFrom(resolved)
  resolved = await resolved
  const node = resolved as { serialize?: (o: object) => Serialized } & Serialized
  return typeof node.serialize === 'function' ? node.serialize({ path: [] }) : node
}

const item = (list: Serialized, id: string) => {
  const found = list.items?.find((entry) => entry.id === id)
  if (!found) throw new Error(`no item ${id} in ${list.id}: ${list.items?.map((entry) => entry.id).join(', ')}`)
  return found
}
const documentItems = (list: Serialized, type: string) =>
  (list.items ?? []).filter(
    (entry) => entry.type === 'listItem' && (entry.schemaType as { name?: string })?.name === type && entry._id,
  )

beforeAll(async () => {
  const source = await studioSource(documents)
  S = structureBuilder(source)
  const built = await structure(S, structureContext(source, documents))
  root = (built as { serialize: (o: object) => Serialized }).serialize({ path: [] })
})

describe('the desk structure (resolved with Sanity’s structure builder)', () => {
  test('lists the reports first, then the singletons, then every document by type', () => {
    expect(root.items?.map((entry) => (entry.type === 'divider' ? '—' : entry.id))).toEqual([
      'arsberattelser',
      '—',
      ...singletonIds,
      '—',
      'area',
      'statistic',
      'article',
    ])
  })

  test('the footer’s texts are a singleton of their own, beside the accessibility statement', () => {
    expect(singletonIds).toEqual(expect.arrayContaining(['accessibilityStatement', 'siteFooter']))
    expect(item(root, 'siteFooter').title).toBe('Sidfot')
  })

  test.each(singletonIds)('opens the singleton %s at its fixed id', async (id) => {
    const editor = await open(item(root, id).child, id)
    expect(editor).toMatchObject({ type: 'document', options: { id, type: id } })
  })

  test('lists the reports newest first', async () => {
    const reports = await open(item(root, 'arsberattelser').child, 'arsberattelser')
    expect(reports).toMatchObject({ type: 'documentList', schemaTypeName: 'report' })
    expect(reports.options).toMatchObject({
      filter: '_type == $type',
      params: { type: 'report' },
      defaultOrdering: [{ field: 'year', direction: 'desc' }],
    })
  })

  test('inside a report: the report itself, then its areas in the report’s order', async () => {
    const reports = await open(item(root, 'arsberattelser').child, 'arsberattelser')
    const report2019 = await open(reports.child, 'report-2019')
    expect(report2019.title).toBe('Årsberättelse 2019')
    expect(await open(item(report2019, 'arsberattelsen').child, 'arsberattelsen')).toMatchObject({
      type: 'document',
      options: { id: 'report-2019', type: 'report' },
    })
    const areaIds = refIds(byId.get('report-2019'), 'areas')
    expect(areaIds).toHaveLength(5)
    expect(documentItems(report2019, 'area').map((entry) => entry.id)).toEqual(areaIds)
  })

  test('a new report from the list’s create button opens straight in the editor', async () => {
    const reports = await open(item(root, 'arsberattelser').child, 'arsberattelser')
    expect(await open(reports.child, 'ny-rapport', { template: 'report' })).toMatchObject({
      type: 'document',
      options: { id: 'ny-rapport', type: 'report' },
    })
  })

  test('inside an area: the area itself, its statistics and then its articles, each in the area’s order', async () => {
    const reports = await open(item(root, 'arsberattelser').child, 'arsberattelser')
    const report2018 = await open(reports.child, 'report-2018')
    const area = await open(item(report2018, 'area-2018-kollektivtrafik').child, 'area-2018-kollektivtrafik')
    expect(area.title).toBe('Kollektivtrafik')
    expect(await open(item(area, 'omradet').child, 'omradet')).toMatchObject({
      type: 'document',
      options: { id: 'area-2018-kollektivtrafik', type: 'area' },
    })
    const source = byId.get('area-2018-kollektivtrafik')
    expect(refIds(source, 'statistics').length).toBeGreaterThan(3)
    expect(documentItems(area, 'statistic').map((entry) => entry.id)).toEqual(refIds(source, 'statistics'))
    expect(documentItems(area, 'article').map((entry) => entry.id)).toEqual(refIds(source, 'articles'))
    // Statistics come before articles, as in the app.
    const ids = (area.items ?? []).map((entry) => entry.id)
    expect(ids.indexOf(refIds(source, 'articles')[0]!)).toBeGreaterThan(
      ids.indexOf(refIds(source, 'statistics').at(-1)!),
    )
  })

  test('follows the draft of a report when there is one (the order the editor is changing)', async () => {
    const draft: SanityDocument = { ...byId.get('report-2019')!, _id: 'drafts.report-2019' }
    draft.areas = [...(draft.areas as object[])].reverse()
    const withDraft = [...documents, draft]
    const source = await studioSource(withDraft)
    const list = (await structure(S, structureContext(source, withDraft))) as { serialize: (o: object) => Serialized }
    const reports = await open(item(list.serialize({ path: [] }), 'arsberattelser').child, 'arsberattelser')
    const report = await open(reports.child, 'report-2019')
    expect(documentItems(report, 'area').map((entry) => entry.id)).toEqual(
      refIds(byId.get('report-2019'), 'areas').reverse(),
    )
  })
})

describe('ordered child lists (pure parts)', () => {
  test('keep the array’s order, each id once, without empty references', () => {
    expect(orderedIds(['b', 'a', null, 'b', '', 'c'])).toEqual(['b', 'a', 'c'])
    expect(orderedIds(null)).toEqual([])
  })

  test('published ids of drafts and release versions', () => {
    expect(publishedId('drafts.area-2019-kultur')).toBe('area-2019-kultur')
    expect(publishedId('versions.r123.area-2019-kultur')).toBe('area-2019-kultur')
    expect(publishedId('area-2019-kultur')).toBe('area-2019-kultur')
  })
})
