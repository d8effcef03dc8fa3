import type { Observable } from 'rxjs'
import { map } from 'rxjs/operators'
import type { ListenQueryOptions } from 'sanity'
import type {
  ChildResolverOptions,
  StructureBuilder,
  StructureResolver,
  StructureResolverContext,
} from 'sanity/structure'
import { singletonTypes } from '../schemaTypes/singletons'
import {
  areaChildrenQuery,
  orderedIds,
  parentFilter,
  reportChildrenQuery,
  type AreaChildren,
  type ReportChildren,
} from './orderedChildren'

const listenOptions: ListenQueryOptions = { apiVersion: '2025-02-19', perspective: 'raw', throttleTime: 500 }

/** A query's answer, again whenever the parent document (draft or published) changes. */
function live<T>(context: StructureResolverContext, query: string, id: string): Observable<T | null> {
  return context.documentStore.listenQuery({ fetch: query, listen: parentFilter }, { id }, listenOptions)
}

/** The pane of one report: the report itself, then its areas in the reader's order. */
function reportPane(S: StructureBuilder, context: StructureResolverContext, reportId: string) {
  return live<ReportChildren>(context, reportChildrenQuery, reportId).pipe(
    map((report) =>
      S.list()
        .id(reportId)
        .title(report?.title ?? 'Ny årsberättelse')
        .items([
          S.listItem()
            .id('arsberattelsen')
            .title('Årsberättelsen: rubrik, beskrivning, ordning')
            .schemaType('report')
            .child(S.document().documentId(reportId).schemaType('report')),
          S.divider().title('Områden i läsordning'),
          ...orderedIds(report?.areas).map((areaId) =>
            S.documentListItem()
              .id(areaId)
              .schemaType('area')
              .child(() => areaPane(S, context, areaId)),
          ),
        ]),
    ),
  )
}

/** The pane of one area: the area itself, its statistics and its articles, in the reader's order. */
function areaPane(S: StructureBuilder, context: StructureResolverContext, areaId: string) {
  return live<AreaChildren>(context, areaChildrenQuery, areaId).pipe(
    map((area) => {
      const statistics = orderedIds(area?.statistics)
      const articles = orderedIds(area?.articles)
      return S.list()
        .id(areaId)
        .title(area?.title ?? 'Område')
        .items([
          S.listItem()
            .id('omradet')
            .title('Området: rubrik, ikon, inledning, ordning')
            .schemaType('area')
            .child(S.document().documentId(areaId).schemaType('area')),
          S.divider().title(statistics.length > 0 ? 'Statistik i läsordning' : 'Ingen statistik ännu'),
          ...statistics.map((id) => S.documentListItem().id(id).schemaType('statistic')),
          S.divider().title(articles.length > 0 ? 'Artiklar i läsordning' : 'Inga artiklar ännu'),
          ...articles.map((id) => S.documentListItem().id(id).schemaType('article')),
        ])
    }),
  )
}

/**
 * Reports newest first; inside a report its areas, inside an area its statistics and articles,
 * each in the order the reader meets them. Then the singletons at their fixed ids, and every
 * document of each type for finding what no report uses.
 */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Innehåll')
    .items([
      S.listItem()
        .id('arsberattelser')
        .title('Årsberättelser')
        .schemaType('report')
        .child(
          S.documentTypeList('report')
            .title('Årsberättelser')
            .defaultOrdering([{ field: 'year', direction: 'desc' }])
            .child((reportId: string, options: ChildResolverOptions) =>
              // A new report (the list's "create" button) opens in the editor straight away.
              options.params?.template
                ? S.document().documentId(reportId).schemaType('report')
                : reportPane(S, context, reportId),
            ),
        ),
      S.divider(),
      ...singletonTypes.map((type) =>
        S.listItem()
          .id(type.name)
          .title(type.title ?? type.name)
          .schemaType(type.name)
          .child(
            S.document()
              .id(type.name)
              .schemaType(type.name)
              .documentId(type.name)
              .title(type.title ?? type.name),
          ),
      ),
      S.divider().title('Alla dokument'),
      S.documentTypeListItem('area').title('Alla områden'),
      S.documentTypeListItem('statistic').title('All statistik'),
      S.documentTypeListItem('article').title('Alla artiklar'),
    ])
