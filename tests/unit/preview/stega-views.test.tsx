import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { reportQuery } from '../../../src/content/queries'
import { toReportPage, type ReportPage } from '../../../src/content/report'
import type { ContentSource } from '../../../src/content/sources'
import { toChartData } from '../../../src/features/charts/model'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { paths } from '../../../model/urls'
import { bundledSource, renderApp } from '../../support/render-app'
import { stegaSource } from '../../support/presentation/stega-source'

/*
 * Inside the Studio's Presentation tool the content's strings carry stega source maps. What is
 * shown may carry them (the overlay reads them); what is used as data must not: every view,
 * rendered with stega-encoded content, has the same links, accessible names, head tags, CSV
 * bytes and chart categories as with clean content.
 */

// A run of the zero-width characters stega writes.
const stegaRun = /(?:\u200b|\u200c|\u200d|\ufeff){4,}/u
const clean = bundledSource()
const encoded = stegaSource(clean)

let page: ReportPage
let encodedPage: ReportPage
beforeAll(async () => {
  page = toReportPage(await clean.fetch<ReportQueryResult>(reportQuery, { year: 2018 }))
  encodedPage = toReportPage(await encoded.fetch<ReportQueryResult>(reportQuery, { year: 2018 }))
})

/** Every page of the 2018 report, one of each kind at least. */
function viewPaths(): string[] {
  const report = page.report!
  const list = ['/', paths.accessibilityStatement()]
  for (const area of report.areas) {
    list.push(paths.area(report.year, area.slug))
    for (const statistic of area.statistics.slice(1)) list.push(paths.statistic(report.year, area.slug, statistic.slug))
    const first = area.statistics[0]
    if (first) list.push(paths.embed(report.year, area.slug, first.slug))
    if (area.articles.length > 0) {
      list.push(paths.articles(report.year, area.slug))
      list.push(paths.article(report.year, area.slug, area.articles[0]!.slug))
    }
    if (area.plainLanguage) list.push(paths.plainLanguage(report.year, area.slug))
  }
  return list
}

const dataAttributes = ['aria-label', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'download'] as const

function dataOfView() {
  return {
    links: [...document.querySelectorAll('a[href], link[href]')].map((element) => element.getAttribute('href')),
    names: [...document.querySelectorAll(dataAttributes.map((name) => `[${name}]`).join(','))].map((element) =>
      dataAttributes.map((name) => element.getAttribute(name)),
    ),
    head: [
      document.title,
      ...[...document.head.querySelectorAll('meta')].map((meta) => [
        meta.name,
        meta.getAttribute('property'),
        meta.content,
      ]),
    ],
  }
}

async function renderView(path: string, source: ContentSource) {
  const view = renderApp(path, source)
  await screen.findAllByRole('heading', { level: 1 })
  // The head tags follow the content (rendered with it).
  await waitFor(() => expect(document.title).not.toBe(''))
  // A carousel builds the slides next to the one shown after it, in the background.
  await waitFor(() => {
    const total = Number(/(\d+)\D*$/.exec(document.querySelector('.statistic-position')?.textContent ?? '')?.[1] ?? 1)
    if (total > 1) expect(document.querySelector('.slide-ahead')).not.toBeNull()
  })
  return view
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('stega-encoded content (the Studio’s Presentation tool) against clean content', () => {
  test('the encoded content does carry source maps in what it shows', async () => {
    const view = await renderView(paths.area(2018, 'halso-och-sjukvard'), encoded)
    expect(screen.getAllByRole('heading', { level: 1 })[0]!.textContent).toMatch(stegaRun)
    view.unmount()
  })

  test('every view has the same links, accessible names and head tags', async () => {
    for (const path of viewPaths()) {
      const plain = await renderView(path, clean)
      const expected = dataOfView()
      plain.unmount()
      const withStega = await renderView(path, encoded)
      expect({ path, ...dataOfView() }).toEqual({ path, ...expected })
      withStega.unmount()
    }
  }, 120_000)

  test('chart categories and series names are the clean ones', () => {
    const statistics = (p: ReportPage) => p.report!.areas.flatMap((area) => area.statistics)
    const cleanCharts = statistics(page).map((s) => toChartData(s.chart, s.title))
    const encodedCharts = statistics(encodedPage).map((s) => toChartData(s.chart, s.title))
    expect(JSON.stringify(statistics(encodedPage).map((s) => s.chart))).toMatch(stegaRun)
    expect(encodedCharts).toEqual(cleanCharts)
  })

  test('the CSV file has the same bytes and name', async () => {
    const files: { name: string; text: string }[] = []
    const download = async (source: ContentSource) => {
      files.length = 0
      const blobs: Blob[] = []
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob)
        return 'blob:csv'
      })
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        files.push({ name: this.download, text: '' })
      })
      const view = await renderView(paths.area(2018, 'halso-och-sjukvard'), source)
      await act(() => userEvent.click(screen.getAllByRole('button', { name: /Ladda ner data/ })[0]!))
      // A press before the browser was idle waits for the CSV's code.
      await waitFor(() => expect(blobs).toHaveLength(1))
      files[0]!.text = await blobs[0]!.text()
      view.unmount()
      vi.restoreAllMocks()
      return { ...files[0]! }
    }
    const expected = await download(clean)
    const healthcare = page.report!.areas.find((area) => area.slug === 'halso-och-sjukvard')!
    expect(expected.text).toContain(`# ${healthcare.statistics[0]!.title}`)
    expect(await download(encoded)).toEqual(expected)
  })
})
