import type { QueryClient } from '@tanstack/react-query'
import type { ReportPage } from '../../content/report'

/** The format of Sanity's `createDataAttribute` (its default base '/': the overlay tells the Studio over postMessage). */
const attribute = (id: string, path: string) => `id=${id};type=statistic;path=${path};base=%2F`

/**
 * `data-sanity` attributes for what carries no text to encode – a statistic's figures and its
 * chart – so that the overlay outlines them and opens their field. Set here, in the Studio's
 * Presentation tool only, on the rendered page (readers' code and the prerendered pages have
 * none): each statistic's article names its id, and its figures appear in the order of the
 * headline's figure values.
 */
export function annotateStatistics(root: ParentNode, queryClient: QueryClient): void {
  const statistics = new Map<string, NonNullable<ReportPage['report']>['areas'][number]['statistics'][number]>()
  for (const [, page] of queryClient.getQueriesData<ReportPage>({ queryKey: ['report'] })) {
    for (const area of page?.report?.areas ?? [])
      for (const statistic of area.statistics) statistics.set(statistic._id, statistic)
  }
  for (const article of root.querySelectorAll('article.statistic[aria-labelledby^="statistic-"]')) {
    const id = article.getAttribute('aria-labelledby')!.slice('statistic-'.length)
    const statistic = statistics.get(id)
    if (!statistic) continue
    const figures = (Array.isArray(statistic.headline) ? statistic.headline : []).flatMap((block) =>
      ('children' in block && Array.isArray(block.children) ? block.children : [])
        .filter((child) => child._type === 'headlineFigure' && typeof (child as { value?: unknown }).value === 'number')
        .map((child) => `headline:${block._key}.children:${child._key}.value`),
    )
    article.querySelectorAll('.headline .figure').forEach((figure, index) => {
      const path = figures[index]
      if (path && figure.getAttribute('data-sanity') !== attribute(id, path))
        figure.setAttribute('data-sanity', attribute(id, path))
    })
    const chart = article.querySelector('.statistic-data')
    if (chart && chart.getAttribute('data-sanity') !== attribute(id, 'chart'))
      chart.setAttribute('data-sanity', attribute(id, 'chart'))
  }
}
