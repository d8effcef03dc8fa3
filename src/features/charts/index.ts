/** The chart feature as the others use it: the chart and its model (also the table's and the CSV's). */
export { StatisticChart } from './StatisticChart'
export { donutTotal, formatShare, toChartModel, type ChartModel } from './model'
