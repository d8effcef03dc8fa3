import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Chart } from '../../../model/sanity.types'
import { seriesColor, seriesColors, seriesDash, seriesMarker, seriesPattern } from '../../../src/features/charts/marks'
import { describeChart } from '../../../src/features/charts/describeChart'
import { formatShare, toChartModel } from '../../../src/features/charts/model'
import { readDataset } from '../../support/dataset'

const nbsp = '\u00a0'

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

describe('series are told apart without colour vision', () => {
  test('every colour has at least 3:1 contrast against the page and the statistic’s surface', () => {
    for (const color of seriesColors) {
      expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(3)
      expect(contrast(color, '#f2f5f7'), color).toBeGreaterThanOrEqual(3)
    }
  })

  test('neighbouring series differ strongly in lightness, not only in hue', () => {
    for (let index = 0; index < seriesColors.length; index += 1) {
      const here = seriesColor(index)
      const next = seriesColor(index + 1)
      expect(contrast(here, next), `${here} / ${next}`).toBeGreaterThanOrEqual(1.9)
    }
  })

  test('fills beyond the first are patterned, lines differ in dashes and markers', () => {
    const count = seriesColors.length
    const patterns = Array.from({ length: count }, (_, i) => seriesPattern(i))
    expect(patterns[0]).toBe('solid')
    expect(new Set(patterns).size).toBe(count)
    expect(new Set(Array.from({ length: count }, (_, i) => seriesDash(i) ?? 'solid')).size).toBe(count)
    expect(new Set(Array.from({ length: count }, (_, i) => seriesMarker(i))).size).toBe(count)
  })
})

describe('chart model', () => {
  const chart = (overrides: Partial<Chart>): Chart => ({
    _type: 'chart',
    type: 'bar',
    title: 'Resultat',
    unit: 'mnkr',
    categories: ['2017', '2018'],
    series: [{ _type: 'chartSeries', _key: 'a', name: 'Resultat', values: [84, 110] }],
    ...overrides,
  })

  test('the description names type, labels and values with their unit', () => {
    const model = toChartModel(
      chart({
        type: 'line',
        unit: '%',
        series: [{ _type: 'chartSeries', _key: 'a', name: 'NKI', values: [66, 68.5] }],
      }),
      'x',
    )
    expect(model && describeChart(model)).toBe(`Linjediagram. 2017: 66${nbsp}%. 2018: 68,5${nbsp}%.`)
  })

  test('a chart without a unit states bare numbers', () => {
    const model = toChartModel(
      chart({ unit: '  ', series: [{ _type: 'chartSeries', _key: 'a', name: 'A', values: [1037034, 0.5] }] }),
      'x',
    )
    expect(model?.unit).toBeNull()
    expect(model && describeChart(model)).toBe(`Stapeldiagram. 2017: 1${nbsp}037${nbsp}034. 2018: 0,5.`)
  })

  test('the caption falls back to the statistic’s title', () => {
    expect(toChartModel(chart({ title: '' }), 'Årets resultat')?.title).toBe('Årets resultat')
    expect(toChartModel(chart({}), 'Årets resultat')?.title).toBe('Resultat')
  })

  test('shares are whole percentages, and a sliver is never “0 %”', () => {
    expect(formatShare(424868, 1037034)).toBe(`41${nbsp}%`)
    expect(formatShare(1, 1000)).toBe(`0,1${nbsp}%`)
    expect(formatShare(0, 1000)).toBe(`0${nbsp}%`)
  })

  test('every chart in the sample dataset is either drawn or deliberately none', () => {
    const statistics = readDataset().filter((doc) => doc._type === 'statistic') as unknown as {
      title: string
      chart?: Chart
    }[]
    const drawn = statistics.filter((s) => s.chart && s.chart.type !== 'none')
    expect(drawn.length).toBeGreaterThan(0)
    for (const statistic of drawn)
      expect(toChartModel(statistic.chart, statistic.title), statistic.title).not.toBeNull()
  })
})

describe('the reserved size', () => {
  const css = readFileSync(resolve(process.cwd(), 'src/features/charts/charts.css'), 'utf8')
  const frameHeights = (block: string) =>
    [...block.matchAll(/\.statistic-chart-frame\s*\{[^}]*?\bheight:\s*(\d+)px/g)].map((m) => Number(m[1]))

  test('the frame (and so the placeholder) has a fixed height at every breakpoint', () => {
    const [base] = css.split('@media')
    expect(frameHeights(base ?? '')).toEqual([240])
    const media = [...css.matchAll(/@media([^{]+)\{([\s\S]*?\})\s*\}/g)].map((m) => ({
      query: m[1]?.trim(),
      heights: frameHeights(m[2] ?? ''),
    }))
    expect(media).toContainEqual({ query: '(min-width: 48rem)', heights: [280] })
    expect(media).toContainEqual({ query: '(orientation: landscape) and (max-height: 30rem)', heights: [200] })
    for (const { heights } of media) for (const h of heights) expect(h).toBeLessThanOrEqual(280)
  })
})

describe('recharts stays out of the main bundle', () => {
  const read = (file: string) => readFileSync(resolve(process.cwd(), 'src/features/charts', file), 'utf8')

  test('only RechartsChart and its loader import recharts, and StatisticChart loads them lazily', () => {
    for (const file of [
      'StatisticChart.tsx',
      'marks.tsx',
      'model.ts',
      'axes.ts',
      'useFrameSize.ts',
      'deferredStoreSelector.ts',
    ]) {
      expect(read(file), file).not.toMatch(/from ['"]recharts/)
      // Not even a type import: keep the boundary obvious.
      expect(read(file), file).not.toMatch(/from ['"]\.\/RechartsChart['"]/)
    }
    expect(read('StatisticChart.tsx')).toMatch(/lazy\(\(\) => import\(['"]\.\/rechartsLoader['"]\)/)
    // The loader evaluates recharts' store, and imports the components in a later task.
    expect(read('rechartsLoader.ts')).toMatch(/from 'recharts\/es6\/state\/store\.js'/)
    expect(read('rechartsLoader.ts')).toMatch(/setTimeout[\s\S]*import\(['"]\.\/RechartsChart['"]\)/)
    expect(read('rechartsLoader.ts')).not.toMatch(/from ['"]\.\/RechartsChart['"]/)
    expect(read('RechartsChart.tsx')).toMatch(/from 'recharts'/)
  })
})
