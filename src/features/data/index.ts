/** A statistic's data, as the others use it: the table view and the tool row under the chart. */
export { DataTable } from './DataTable'
export { StatisticTools, type DataView } from './StatisticTools'
