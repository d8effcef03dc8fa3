/** The chart feature as the others use it: the chart, and its numbers as read once (also the table's and the CSV's). */
export { StatisticChart } from './StatisticChart'
export {
  chartNotDrawnReason,
  donutTotal,
  drawableChart,
  formatShare,
  toChartData,
  toChartModel,
  type ChartData,
  type ChartModel,
  type ChartNotDrawnReason,
} from './model'
/** A statistic as an image (SVG text), for "Ladda ner bild" and the build's link previews: loaded on demand. */
export { loadStatisticImage } from './statisticImageLoader'
