import type { StructureResolver } from 'sanity/structure'
import { singletonTypes } from '../schemaTypes/singletons'

/**
 * Reports newest first, then the singletons at their fixed ids. Areas, statistics and
 * articles are reached through the report that orders them.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Innehåll')
    .items([
      S.listItem()
        .title('Årsberättelser')
        .schemaType('report')
        .child(
          S.documentTypeList('report')
            .title('Årsberättelser')
            .defaultOrdering([{ field: 'year', direction: 'desc' }]),
        ),
      S.divider(),
      ...singletonTypes.map((type) =>
        S.listItem()
          .title(type.title ?? type.name)
          .id(type.name)
          .child(S.document().schemaType(type.name).documentId(type.name).title(type.title ?? type.name)),
      ),
      S.divider(),
      S.documentTypeListItem('area').title('Alla områden'),
      S.documentTypeListItem('statistic').title('All statistik'),
      S.documentTypeListItem('article').title('Alla artiklar'),
    ])
