import { useId } from 'react'
import type { SiteTexts } from '../../../model/siteTextDefaults'
import { formatNumber } from '../../../model/format/number'
import { chartNotDrawnReason, formatShare, type ChartData } from '../charts'

/**
 * The chart's numbers as a table: captioned like the chart, with its unit ("Besök efter
 * yrkesgrupp 2018 (besök)"), a header row naming the series, one row per label (a row header),
 * values sv-SE ("424 868", "10,4"). A ring chart adds each share and the total, as its legend
 * does (only for a ring that can be drawn: shares of negative numbers mean nothing). A missing
 * value or label says so in words. The table may scroll sideways on a narrow screen, inside a
 * focusable region so that keyboard users can scroll it too.
 */
export function DataTable({ model, texts }: { model: ChartData; texts: SiteTexts }) {
  const captionId = useId()
  const donut = model.type === 'donut' && chartNotDrawnReason(model) === null
  const values = (row: number) => model.series.map((series) => series.values[row] ?? null)
  const total = donut ? model.categories.reduce((sum, _, row) => sum + (values(row)[0] ?? 0), 0) : 0
  const number = (value: number | null) => (value === null ? texts.tableMissingValue : formatNumber(value))
  return (
    <div className="data-table-region" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>
          {model.title}
          {model.unit ? (
            <>
              {' '}
              <span className="data-table-unit">({model.unit})</span>
            </>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{texts.tableCategory}</th>
            {model.series.map((series, index) => (
              <th scope="col" key={index}>
                {series.name || texts.tableMissingValue}
              </th>
            ))}
            {donut ? <th scope="col">{texts.tableShare}</th> : null}
          </tr>
        </thead>
        <tbody>
          {model.categories.map((category, row) => (
            <tr key={row}>
              <th scope="row">{category || texts.tableMissingValue}</th>
              {values(row).map((value, index) => (
                <td key={index}>{number(value)}</td>
              ))}
              {donut ? <td>{formatShare(values(row)[0] ?? 0, total)}</td> : null}
            </tr>
          ))}
        </tbody>
        {donut ? (
          <tfoot>
            <tr>
              <th scope="row">{texts.tableTotal}</th>
              <td>{formatNumber(total)}</td>
              <td>{formatShare(total, total)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  )
}
