import { QueryClient } from '@tanstack/react-query'
import { describe, expect, test, vi } from 'vitest'
import { defaultSiteTexts } from '../../../model/siteTextDefaults'
import { reportKeys, reportQueryOptions, toReportPage } from '../../../src/content/report'
import { acrossYearsKeys } from '../../../src/features/data/acrossYears'
import type { ReportQueryResult } from '../../../model/sanity.types'
import { createBundledSource } from '../../../src/content/sources/bundled'
import type { ContentSource } from '../../../src/content/sources'
import { readDatasetText } from '../../support/dataset'

describe('toReportPage: malformed content is made safe to render', () => {
  test('dangling references, missing slugs and empty areas are dropped', () => {
    const raw = {
      years: [2018, null],
      report: {
        _id: 'r',
        year: 2018,
        title: '',
        description: null,
        areas: [
          null,
          { _id: 'a1', title: 'Utan slug', slug: null, statistics: [{ _id: 's', slug: 's' }], articles: null },
          {
            _id: 'a2',
            title: 'Hälsa',
            slug: 'halsa',
            statistics: [null, { _id: 's1', slug: null }, { _id: 's2', slug: 'besok', title: 'Besök' }],
            articles: null,
          },
          { _id: 'a3', title: 'Tomt', slug: 'tomt', statistics: [null], articles: [] },
        ],
      },
      siteTexts: { readMore: 'Mer…', back: '   ' },
      navigationHelp: null,
      browserNotice: { title: null, body: 'x' },
    } as unknown as ReportQueryResult

    const page = toReportPage(raw)
    expect(page.years).toEqual([2018])
    expect(page.report?.title).toBe('2018')
    expect(page.report?.areas.map((area) => area.slug)).toEqual(['halsa'])
    expect(page.report?.areas[0]?.statistics.map((s) => s.slug)).toEqual(['besok'])
    expect(page.report?.areas[0]?.articles).toEqual([])
    expect(page.siteTexts.readMore).toBe('Mer…')
    expect(page.siteTexts.back).toBe(defaultSiteTexts.back)
    expect(page.browserNotice).toBeNull()
  })

  test('no answer at all becomes "no report" with default texts', () => {
    const page = toReportPage(null)
    expect(page.report).toBeNull()
    expect(page.siteTexts).toEqual(defaultSiteTexts)
  })
})

describe('reportQueryOptions', () => {
  test('the newest report is cached under its year too, so visiting it costs no request', async () => {
    const bundled = createBundledSource(async () => readDatasetText())
    const fetch = vi.fn(bundled.fetch)
    const source: ContentSource = { name: 'bundled', fetch: fetch as ContentSource['fetch'] }
    const client = new QueryClient()
    const latest = await client.fetchQuery(reportQueryOptions(source, 'latest'))
    const year = latest.report!.year
    expect(client.getQueryData(reportKeys.year(year))).toBe(latest)
    await client.ensureQueryData(reportQueryOptions(source, year))
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})

describe('cache keys', () => {
  test('drafts are kept apart from published content, for the report and for other years alike', () => {
    expect(reportKeys.year(2018)).toEqual(['report', 2018])
    expect(reportKeys.year(2018, 'published')).toEqual(['report', 2018])
    expect(reportKeys.year(2018, 'drafts')).toEqual(['report', 2018, 'drafts'])
    expect(acrossYearsKeys.key('besok', 'drafts')).toEqual(['statisticAcrossYears', 'besok', 'drafts'])
    expect(acrossYearsKeys.key('besok')).toEqual(['statisticAcrossYears', 'besok'])
  })
})
