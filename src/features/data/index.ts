/** A statistic's data, as the others use it: the table view and the tool row under the chart. */
export { DataTable } from './DataTable'
export { StatisticTools, type DataView } from './StatisticTools'
/** The build's data files (build/dataFiles.ts), made by the same code as the download: loaded on demand. */
export { loadDataFiles } from './csvLoader'
