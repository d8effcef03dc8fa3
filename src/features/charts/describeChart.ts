import { donutTotal, formatValue, type ChartModel, type DrawableChartType } from './model'

// Only the drawn chart (RechartsChart) needs these words: they load with it, after the first paint.
const typeNames: Record<DrawableChartType, string> = {
  bar: 'Stapeldiagram',
  donut: 'Ringdiagram',
  line: 'Linjediagram',
}

/**
 * Every value in words and numbers, for the graphic's `aria-label`:
 * "Ringdiagram. Läkare: 424 868 besök. Annan yrkeskategori: 612 166 besök. Totalt: 1 037 034 besök."
 * With more than one series, each category names its series:
 * "2017: Tåg 3,1 miljoner resor, Buss 4 miljoner resor."
 */
export function describeChart(model: ChartModel): string {
  const sentences = [`${typeNames[model.type]}.`]
  model.categories.forEach((category, index) => {
    if (model.series.length === 1) {
      sentences.push(`${category}: ${formatValue(model.series[0]?.values[index] ?? 0, model.unit)}.`)
    } else {
      const parts = model.series.map((s) => `${s.name} ${formatValue(s.values[index] ?? 0, model.unit)}`)
      sentences.push(`${category}: ${parts.join(', ')}.`)
    }
  })
  if (model.type === 'donut') sentences.push(`Totalt: ${formatValue(donutTotal(model), model.unit)}.`)
  return sentences.join(' ')
}
