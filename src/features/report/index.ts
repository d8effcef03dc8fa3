/** The report's reading views, as the pages and the layout use them. */
export { AreaNavigation } from './AreaNavigation'
export { placeInYear, readReaderState, type ReaderState } from './readerState'
export { StatisticCarousel } from './StatisticCarousel'
export { StatisticView } from './StatisticView'
export { useReportLocation } from './useReportLocation'
export { YearSwitcher } from './YearSwitcher'
