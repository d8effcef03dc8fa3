import { QueryClient } from '@tanstack/react-query'
import { describe, expect, test } from 'vitest'
import { reportQueryOptions, type ReportPage } from '../../../src/content/report'
import {
  completeReportPage,
  fetchWholeReportPage,
  reportPageCovers,
  reportPageForArea,
} from '../../../src/content/reportScope'
import { createBundledSource } from '../../../src/content/sources/bundled'
import type { ContentSource } from '../../../src/content/sources/types'
import { readDatasetText } from '../../support/dataset'

const bundled = createBundledSource(async () => readDatasetText())

function countingSource(): ContentSource & { asked: number } {
  const source = {
    name: 'bundled' as const,
    asked: 0,
    fetch<Result>(query: string, params: Record<string, unknown>) {
      source.asked += 1
      return bundled.fetch<Result>(query, params)
    },
  }
  return source
}

async function wholeYear(year: number): Promise<ReportPage> {
  return new QueryClient().fetchQuery(reportQueryOptions(bundled, year))
}

describe('what a prerendered page carries', () => {
  test('its own area in full; of the others, what the menus show', async () => {
    const page = await wholeYear(2018)
    const scoped = reportPageForArea(page, 'halso-och-sjukvard')
    expect(scoped.onlyArea).toBe('halso-och-sjukvard')
    const areas = scoped.report!.areas
    expect(areas.map((area) => [area.slug, area.title, area.icon])).toEqual(
      page.report!.areas.map((area) => [area.slug, area.title, area.icon]),
    )
    const own = areas.find((area) => area.slug === 'halso-och-sjukvard')
    expect(own).toEqual(page.report!.areas.find((area) => area.slug === 'halso-och-sjukvard'))
    for (const area of areas.filter((a) => a !== own)) {
      expect(area).toMatchObject({ statistics: [], articles: [], intro: null, plainLanguage: null })
    }
    expect(JSON.stringify(scoped).length).toBeLessThan(JSON.stringify(page).length / 2)
    // Nothing else of the year is left out.
    expect({ ...scoped, report: null, onlyArea: undefined }).toEqual({ ...page, report: null })
  })

  test('no area (the statement and not-found pages): only the menus', async () => {
    const scoped = reportPageForArea(await wholeYear(2018), null)
    expect(scoped.report!.areas.every((area) => area.statistics.length === 0)).toBe(true)
    expect(reportPageCovers(scoped, 'halso-och-sjukvard')).toBe(false)
  })

  test('covers views in its own area only; a whole page covers every view', async () => {
    const page = await wholeYear(2018)
    const scoped = reportPageForArea(page, 'kultur')
    expect(reportPageCovers(scoped, 'kultur')).toBe(true)
    expect(reportPageCovers(scoped, 'ekonomi')).toBe(false)
    expect(reportPageCovers(scoped, undefined)).toBe(false)
    expect(reportPageCovers(page, undefined)).toBe(true)
    expect(reportPageCovers(page, 'ekonomi')).toBe(true)
  })
})

describe('the rest of the year', () => {
  test('is asked for once, however many views want it, and then replaces the part in the cache', async () => {
    const source = countingSource()
    const client = new QueryClient()
    const { queryKey } = reportQueryOptions(source, 2018)
    const whole = await wholeYear(2018)
    client.setQueryData(queryKey, reportPageForArea(whole, 'kultur'))
    const first = completeReportPage(client, source, 2018)
    expect(completeReportPage(client, source, 2018)).toBe(first)
    expect(await first).toEqual(whole)
    expect(source.asked).toBe(1)
    expect(client.getQueryData(queryKey)).toEqual(whole)
    // Whole now: nothing more is asked.
    expect(await fetchWholeReportPage(client, source, 2018)).toEqual(whole)
    expect(source.asked).toBe(1)
  })

  test('code that looks across areas gets the whole year', async () => {
    const source = countingSource()
    const client = new QueryClient()
    const whole = await wholeYear(2018)
    client.setQueryData(reportQueryOptions(source, 2018).queryKey, reportPageForArea(whole, null))
    expect(await fetchWholeReportPage(client, source, 2018)).toEqual(whole)
    expect(source.asked).toBe(1)
  })
})
