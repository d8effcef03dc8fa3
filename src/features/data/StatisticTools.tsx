import { useEffect } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import type { Statistic } from '../../content/report'
import { loadStatisticImage, type ChartData, type ChartModel } from '../charts'
import {
  canonicalUrl,
  CiteButton,
  EmbedButton,
  type StatisticPlace,
  useShareTools,
  Announcement,
  useAnnouncement,
} from '../share'
import { CompareYears } from './CompareYears'
import { loadCsvDownload } from './csvLoader'
import { whenIdle } from '../../shared/whenIdle'
import type { ImageFormat } from './downloadImage'
import { ToolIcon } from '../../shared/icons/ToolIcon'

export type DataView = 'chart' | 'table'

/**
 * The row of tools under a statistic's chart: table ⇄ chart, CSV, copy link, share (where the
 * browser can), embed code and other years. Numbers that cannot be drawn are shown as a table
 * already (no toggle), and can still be downloaded. Embedded (`variant="embed"`), only the data tools remain: the page around the iframe
 * is someone else's.
 */
export function StatisticTools({
  statistic,
  place,
  model,
  data,
  view,
  onToggleView,
  controls,
  texts,
  variant,
}: {
  statistic: Statistic
  place: StatisticPlace
  /** The drawn chart, for the table toggle; `null` when there is none to toggle to. */
  model: ChartModel | null
  /** The numbers to download (drawn or not), as the view read them; `null` when there are none. */
  data: ChartData | null
  view: DataView
  onToggleView: () => void
  /** Id of the element the table toggle swaps. */
  controls: string
  texts: SiteTexts
  variant: 'report' | 'embed'
}) {
  const { message, count, announce } = useAnnouncement()
  const share = useShareTools({ statistic, place, texts, announce })
  const inReport = variant === 'report'
  const hasData = data !== null
  // Fetched while the browser is idle, not in the task that brings the statistic to life.
  useEffect(() => {
    if (hasData) return whenIdle(() => void loadCsvDownload().catch(() => {}))
  }, [hasData])
  if (!hasData && !inReport) return null
  /** "Ladda ner bild": the chart as the reader sees it, as PNG or SVG (downloadImage.ts, on demand). */
  const imageButton = (format: ImageFormat, label: string) => (
    <button
      type="button"
      className="tool-button"
      onClick={() => {
        Promise.all([import('./downloadImage'), loadStatisticImage()])
          .then(([{ downloadStatisticImage }, drawing]) =>
            downloadStatisticImage(format, statistic, place, canonicalUrl(place), texts, drawing),
          )
          .catch(() => announce(texts.downloadCsvFailed))
      }}
    >
      <ToolIcon name="image" />
      <span>{label}</span>
    </button>
  )
  return (
    <div className="statistic-tools">
      <div className="tool-row" role="group" aria-label={texts.statisticTools}>
        {model ? (
          <button type="button" className="tool-button" aria-controls={controls} onClick={onToggleView}>
            <ToolIcon name={view === 'table' ? 'chart' : 'table'} />
            <span>{view === 'table' ? texts.showChart : texts.showTable}</span>
          </button>
        ) : null}
        {hasData ? (
          <button
            type="button"
            className="tool-button"
            onClick={() => {
              loadCsvDownload()
                .then(({ downloadStatisticCsv }) => downloadStatisticCsv(data, statistic, place, texts.tableCategory))
                .catch(() => announce(texts.downloadCsvFailed))
            }}
          >
            <ToolIcon name="download" />
            <span>{texts.downloadCsv}</span>
          </button>
        ) : null}
        {model ? (
          <>
            {imageButton('png', texts.downloadPng)}
            {imageButton('svg', texts.downloadSvg)}
          </>
        ) : null}
        {/* Embedded, too: where the host page allows no clipboard or share sheet, the link
            appears in a field to copy from (useShareTools). */}
        {share.buttons}
        {inReport ? (
          <>
            <CiteButton place={place} texts={texts} />
            <EmbedButton place={place} texts={texts} />
            {statistic.key ? <CompareYears statistic={statistic} place={place} texts={texts} /> : null}
          </>
        ) : null}
      </div>
      {share.linkField}
      <Announcement message={message} count={count} />
    </div>
  )
}
