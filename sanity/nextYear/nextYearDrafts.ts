import { publishedId } from '../structure/orderedChildren'

/**
 * "Starta nästa år": next year's report as drafts, built from this year's. Pure, so it is unit
 * tested on the sample dataset; the document action (StartNextYearAction.tsx) only fetches the
 * documents, checks that the year is free and commits the result in one transaction.
 *
 * What the editor gets, all as drafts (nothing is published until they publish it):
 * - the report, titled "Årsberättelse {year}", with the same areas in the same order;
 * - each area with its title, slug, subtitle and icon, and its statistics in the same order
 *   (no articles, and no introduction: both are about the year that has passed);
 * - each statistic with its title, slug, key, unit, period, info text, the headline sentence with
 *   every figure's value removed (its decimals and unit kept, so the editor only types the
 *   numbers) and the chart's type, title, unit, labels and series names, with no values.
 *   The source is left out: it must be checked for the new figures (a warning says it is missing).
 * - The old year, where it stands on its own in a headline, a period or the report's description
 *   ("… 2019."), becomes the new year; other years are left as they are.
 *
 * Until the figures are filled in, the drafts do not validate (each empty figure and chart says
 * what is missing), so they cannot be published half done. References between the new drafts are
 * weak until publishing, as the Studio makes them when an editor creates a referenced document:
 * publish the statistics, then the areas, then the report.
 */

export interface SourceDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export interface NewDocument {
  _id: string
  _type: 'report' | 'area' | 'statistic'
  [field: string]: unknown
}

interface Reference {
  _type: 'reference'
  _key: string
  _ref: string
  _weak: true
  _strengthenOnPublish: { type: string }
}

type Block = { _type?: string; _key?: string; children?: { _type?: string; text?: unknown; [k: string]: unknown }[] }
type Chart = {
  _type?: string
  type?: unknown
  title?: unknown
  unit?: unknown
  categories?: unknown
  series?: { _type?: string; _key?: string; name?: unknown }[]
}

export interface NextYearOptions {
  /** Document ids already in use (published or draft): new ids avoid them. */
  takenIds?: Iterable<string>
}

const idSafe = (value: unknown) =>
  typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : undefined

function refsOf(value: unknown): { _key?: string; _ref: string }[] {
  return Array.isArray(value)
    ? value.filter((ref): ref is { _key?: string; _ref: string } => typeof ref?._ref === 'string')
    : []
}

const defined = <T extends Record<string, unknown>>(object: T): Partial<T> =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>

export function nextYearDrafts(
  report: SourceDocument,
  areas: readonly SourceDocument[],
  statistics: readonly SourceDocument[],
  options: NextYearOptions = {},
): NewDocument[] {
  const year = report.year
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new Error('Årsberättelsen saknar årtal: ange året och försök igen.')
  }
  const next = year + 1
  const oldYear = new RegExp(`(?<!\\d)${year}(?!\\d)`, 'g')
  const shiftYear = (text: unknown) => (typeof text === 'string' ? text.replace(oldYear, String(next)) : text)

  const taken = new Set([...(options.takenIds ?? [])].map(publishedId))
  const freeId = (base: string) => {
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
  const byId = (docs: readonly SourceDocument[]) => {
    const map = new Map<string, SourceDocument>()
    // A draft wins over its published version: it is what the editor sees.
    for (const doc of docs)
      if (!map.has(publishedId(doc._id)) || doc._id.startsWith('drafts.')) map.set(publishedId(doc._id), doc)
    return map
  }
  const areaById = byId(areas)
  const statisticById = byId(statistics)
  const reference = (key: string | undefined, id: string, type: string, index: number): Reference => ({
    _type: 'reference',
    _key: key ?? `${type}-${index}`,
    _ref: id,
    _weak: true,
    _strengthenOnPublish: { type },
  })

  const reportId = freeId(`report-${next}`)
  const newAreas: NewDocument[] = []
  const newStatistics: NewDocument[] = []
  const newStatisticIds = new Map<string, string>()

  const areaRefs = refsOf(report.areas).filter((ref) => areaById.has(ref._ref))
  const reportAreas = areaRefs.map((areaRef, areaIndex) => {
    const area = areaById.get(areaRef._ref)!
    const areaSlug = (area.slug as { current?: unknown } | undefined)?.current
    const areaId = freeId(`area-${next}-${idSafe(areaSlug) ?? areaIndex + 1}`)

    const statisticRefs = refsOf(area.statistics)
      .filter((ref) => statisticById.has(ref._ref))
      .map((statisticRef, statisticIndex) => {
        let newId = newStatisticIds.get(statisticRef._ref)
        if (!newId) {
          const statistic = statisticById.get(statisticRef._ref)!
          const slug = (statistic.slug as { current?: unknown } | undefined)?.current
          newId = freeId(
            `statistic-${next}-${idSafe(statistic.key) ?? idSafe(slug) ?? `${areaIndex + 1}-${statisticIndex + 1}`}`,
          )
          newStatisticIds.set(statisticRef._ref, newId)
          newStatistics.push(nextStatistic(statistic, newId, shiftYear))
        }
        return reference(statisticRef._key, newId, 'statistic', statisticIndex)
      })

    newAreas.push({
      _id: `drafts.${areaId}`,
      _type: 'area',
      ...defined({
        title: area.title,
        slug: area.slug,
        subtitle: area.subtitle,
        icon: area.icon,
      }),
      statistics: statisticRefs,
      articles: [],
    })
    return reference(areaRef._key, areaId, 'area', areaIndex)
  })

  const newReport: NewDocument = {
    _id: `drafts.${reportId}`,
    _type: 'report',
    year: next,
    title: `Årsberättelse ${next}`,
    ...defined({ description: shiftYear(report.description) }),
    areas: reportAreas,
  }
  return [newReport, ...newAreas, ...newStatistics]
}

function nextStatistic(statistic: SourceDocument, id: string, shiftYear: (text: unknown) => unknown): NewDocument {
  const headline = Array.isArray(statistic.headline)
    ? (statistic.headline as Block[]).map((block) => ({
        ...block,
        children: (block.children ?? []).map((child) => {
          if (child._type === 'headlineFigure') {
            // The figure stays where it is in the sentence, with its decimals and unit: only its value goes.
            const { value: _value, ...figure } = child
            return figure
          }
          return child._type === 'span' ? { ...child, text: shiftYear(child.text) } : child
        }),
      }))
    : undefined
  const chart = statistic.chart as Chart | undefined
  return {
    _id: `drafts.${id}`,
    _type: 'statistic',
    ...defined({
      title: statistic.title,
      slug: statistic.slug,
      key: statistic.key,
      headline,
      unit: statistic.unit,
      period: shiftYear(statistic.period),
      info: statistic.info,
      chart: chart
        ? defined({
            _type: chart._type ?? 'chart',
            type: chart.type,
            title: chart.title,
            unit: chart.unit,
            categories: chart.categories,
            series: chart.series?.map((series) =>
              defined({ _type: series._type, _key: series._key, name: series.name, values: [] }),
            ),
          })
        : undefined,
    }),
  }
}
