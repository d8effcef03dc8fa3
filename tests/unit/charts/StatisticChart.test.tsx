import { act, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { Chart } from '../../../model/sanity.types'
import { StatisticChart } from '../../../src/features/charts/StatisticChart'
import { toChartModel } from '../../../src/features/charts/model'

const nbsp = '\u00a0'

/** jsdom has no layout: this ResizeObserver reports a 600 × 240 frame as soon as it observes. */
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = { target, contentRect: { width: 600, height: 240 } } as unknown as ResizeObserverEntry
    this.callback([entry], this as unknown as ResizeObserver)
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', FixedSizeResizeObserver)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

type Series = NonNullable<Chart['series']>[number]
const series = (name: string, values: number[], key = name): Series => ({
  _type: 'chartSeries',
  _key: key,
  name,
  values,
})

const donut: Chart = {
  _type: 'chart',
  type: 'donut',
  title: 'Besök efter yrkesgrupp 2018',
  unit: 'besök',
  categories: ['Läkare', 'Annan yrkeskategori'],
  series: [series('Besök', [424868, 612166])],
}

const bar: Chart = {
  _type: 'chart',
  type: 'bar',
  title: 'Resor per trafikslag',
  unit: 'miljoner resor',
  categories: ['2017', '2018'],
  series: [series('Tåg', [3.1, 6.8]), series('Buss', [200000, 4])],
}

const line: Chart = {
  _type: 'chart',
  type: 'line',
  title: 'Nöjd kund-index',
  unit: '%',
  categories: ['2014', '2015', '2016'],
  series: [series('Buss', [66, 69, 72]), series('Tåg', [60, 64, 70])],
}

const marks = '.recharts-bar-rectangle, .recharts-pie-sector, .recharts-line-curve'

async function renderLoaded(chart: Chart) {
  const result = render(<StatisticChart model={toChartModel(chart, 'Statistikens rubrik')} />)
  const graphic = await screen.findByRole('img', {}, { timeout: 5000 })
  // The drawing lands in passes, each a transition (recharts lays the chart out, then draws
  // its marks): done once the marks are there.
  await waitFor(() => expect(graphic.querySelector(marks)).not.toBeNull(), { timeout: 5000 })
  return { ...result, graphic }
}

// First in the file: the lazy chunk has not been resolved by an earlier test.
describe('loading', () => {
  test('a placeholder of the finished chart’s size stands in until the chart’s code arrives', async () => {
    const { container } = render(<StatisticChart model={toChartModel(donut, 'Besök')} />)
    const placeholder = container.querySelector('.statistic-chart-placeholder')
    expect(placeholder).not.toBeNull()
    // It fills the frame, whose size charts.css fixes.
    expect(placeholder?.parentElement).toHaveClass('statistic-chart-frame')
    expect(placeholder).toHaveAttribute('aria-hidden', 'true')
    expect(screen.queryByRole('img')).toBeNull()
    // The caption (and the legend) are there from the start: only the drawing arrives later.
    expect(container.querySelector('figcaption')).toHaveTextContent('Besök efter yrkesgrupp 2018')

    const graphic = await screen.findByRole('img', {}, { timeout: 5000 })
    expect(container.querySelector('.statistic-chart-placeholder')).toBeNull()
    // The drawing sits in a frame of the same reserved size as the placeholder.
    expect(graphic.closest('.statistic-chart-frame')).not.toBeNull()
  })
})

describe('when the drawing begins', () => {
  // A chart's commit is one piece of work React cannot split: begun before the frame that
  // first shows a new slide, it held that slide up.
  test('only after the frame that first shows the chart', async () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    vi.stubGlobal('cancelAnimationFrame', () => {})
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    const { container } = render(<StatisticChart model={toChartModel(donut, 'Besök')} />)
    // The chart's code is there by now (the test above loaded it), yet nothing is drawn…
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
    expect(screen.queryByRole('img')).toBeNull()
    expect(container.querySelector('.statistic-chart-placeholder')).not.toBeNull()
    // …until a frame has been shown.
    expect(frames).toHaveLength(1)
    act(() => frames.shift()!(performance.now()))
    expect(await screen.findByRole('img', {}, { timeout: 5000 })).toBeInTheDocument()
  })
})

describe('nothing to draw', () => {
  const malformed: Record<string, unknown> = {
    'no chart': null,
    'an undefined chart': undefined,
    'type none': { _type: 'chart', type: 'none' },
    'an unknown type': { ...donut, type: 'pie' },
    'fewer values than labels': { ...bar, series: [series('Tåg', [1])] },
    'a value that is not a number': { ...bar, series: [series('Tåg', [1, Number.NaN])] },
    'a donut with two series': { ...donut, series: [series('A', [1, 2]), series('B', [3, 4])] },
    'a donut with a negative value': { ...donut, series: [series('Besök', [-1, 2])] },
    'a donut whose values add up to nothing': { ...donut, series: [series('Besök', [0, 0])] },
    'no categories': { ...bar, categories: [] },
    'an empty label': { ...bar, categories: ['2017', ' '] },
    'no series': { ...bar, series: [] },
    'a series without a name': { ...bar, series: [series('', [1, 2])] },
    'series that is not a list': { ...bar, series: { name: 'Tåg' } },
    'a series that is null': { ...bar, series: [null] },
    'values that are not a list': { ...bar, series: [{ name: 'Tåg', values: 'många' }] },
    'categories that are not a list': { ...bar, categories: 'alla' },
  }

  for (const [what, chart] of Object.entries(malformed)) {
    test(`renders nothing for ${what}`, () => {
      const { container } = render(<StatisticChart model={toChartModel(chart as Chart, 'Rubrik')} />)
      expect(container).toBeEmptyDOMElement()
    })
  }
})

describe('the figure', () => {
  test('is captioned with the chart’s title and unit', async () => {
    const { graphic } = await renderLoaded(donut)
    const figure = graphic.closest('figure')
    expect(figure).not.toBeNull()
    expect(within(figure as HTMLElement).getByText('Besök efter yrkesgrupp 2018').tagName).toBe('FIGCAPTION')
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Besök efter yrkesgrupp 2018 (besök)')
    expect(screen.getByRole('figure', { name: /Besök efter yrkesgrupp 2018/ })).toBe(figure)
  })

  test('falls back to the statistic’s title when the chart has none', async () => {
    render(<StatisticChart model={toChartModel({ ...donut, title: undefined, unit: undefined }, 'Besök i vården')} />)
    expect(document.querySelector('figcaption')?.textContent).toBe('Besök i vården')
  })

  test('the graphic states every value in Swedish, sv-SE formatted', async () => {
    const { graphic } = await renderLoaded(donut)
    expect(graphic.tagName.toLowerCase()).toBe('svg')
    expect(graphic.getAttribute('aria-label')).toBe(
      `Ringdiagram. Läkare: 424${nbsp}868${nbsp}besök. Annan yrkeskategori: 612${nbsp}166${nbsp}besök. ` +
        `Totalt: 1${nbsp}037${nbsp}034${nbsp}besök.`,
    )
  })

  test('with several series, each category names its series', async () => {
    const { graphic } = await renderLoaded(bar)
    expect(graphic.getAttribute('aria-label')).toBe(
      `Stapeldiagram. 2017: Tåg 3,1${nbsp}miljoner resor, Buss 200${nbsp}000${nbsp}miljoner resor. ` +
        `2018: Tåg 6,8${nbsp}miljoner resor, Buss 4${nbsp}miljoner resor.`,
    )
  })

  test('nothing inside the figure is a Tab stop, and the graphic is an image, not an application', async () => {
    for (const chart of [bar, donut, line]) {
      const { graphic, unmount } = await renderLoaded(chart)
      const figure = graphic.closest('figure') as HTMLElement
      const tabStops = [...figure.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]')].filter(
        (element) => element.tabIndex >= 0,
      )
      expect(tabStops, chart.type).toEqual([])
      expect(figure.querySelector('[role="application"]'), chart.type).toBeNull()
      unmount()
    }
  })
})

describe('bar chart', () => {
  test('draws one bar per category and series, labelled and scaled in sv-SE numbers', async () => {
    const { container } = await renderLoaded(bar)
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(4)
    const texts = [...container.querySelectorAll('svg text')].map((t) => t.textContent)
    expect(texts).toContain('6,8')
    expect(texts).toContain(`200${nbsp}000`)
    expect(texts).toContain('miljoner resor')
    expect(texts).not.toContain('200000')
  })

  test('the second series is patterned, and the legend names each series', async () => {
    const { container } = await renderLoaded(bar)
    const first = container.querySelector('.statistic-chart-series-0 .recharts-rectangle')
    const second = container.querySelector('.statistic-chart-series-1 .recharts-rectangle')
    expect(first?.getAttribute('fill')).toMatch(/^#/)
    const patternRef = second?.getAttribute('fill')?.match(/^url\(#(.+)\)$/)?.[1]
    expect(patternRef).toBeTruthy()
    expect(container.querySelector(`pattern[id="${patternRef}"]`)).not.toBeNull()
    const legend = container.querySelector('.statistic-chart-legend') as HTMLElement
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Tåg', 'Buss'])
  })

  test('a single series needs no legend', async () => {
    const { container } = await renderLoaded({ ...bar, series: [series('Tåg', [3.1, 6.8])] })
    expect(container.querySelector('.statistic-chart-legend')).toBeNull()
  })
})

describe('donut chart', () => {
  test('draws one ring segment per category, the second patterned, with values in the legend', async () => {
    const { container } = await renderLoaded(donut)
    const sectors = container.querySelectorAll('.recharts-pie-sector path')
    expect(sectors).toHaveLength(2)
    expect(sectors[1]?.getAttribute('fill')).toMatch(/^url\(#.+\)$/)
    const items = [...container.querySelectorAll('.statistic-chart-legend li')].map((item) => item.textContent)
    expect(items).toEqual([
      `Läkare: 424${nbsp}868${nbsp}besök (41${nbsp}%)`,
      `Annan yrkeskategori: 612${nbsp}166${nbsp}besök (59${nbsp}%)`,
    ])
  })

  test('the ring is no Tab stop of its own', async () => {
    const { container } = await renderLoaded(donut)
    expect(container.querySelector('.recharts-pie')?.getAttribute('tabindex')).toBe('-1')
  })
})

describe('line chart', () => {
  test('draws one line per series, told apart by dashes and marker shapes', async () => {
    const { container } = await renderLoaded(line)
    const curves = container.querySelectorAll('path.recharts-line-curve')
    expect(curves).toHaveLength(2)
    expect(curves[0]?.getAttribute('stroke-dasharray') ?? 'solid').not.toBe(curves[1]?.getAttribute('stroke-dasharray'))
    const dots = container.querySelectorAll('.recharts-line-dots')
    expect(dots).toHaveLength(2)
    const firstMarkers = dots[0]?.children ?? []
    const secondMarkers = dots[1]?.children ?? []
    expect(firstMarkers).toHaveLength(3)
    expect(secondMarkers).toHaveLength(3)
    expect(firstMarkers[0]?.tagName).not.toBe(secondMarkers[0]?.tagName)
    const legend = container.querySelector('.statistic-chart-legend') as HTMLElement
    expect(legend.textContent).toBe('BussTåg')
    expect(legend.querySelectorAll('svg line')[1]?.getAttribute('stroke-dasharray')).toBeTruthy()
  })

  test('the axis shows the unit and sv-SE numbers', async () => {
    const { container } = await renderLoaded({ ...line, series: [series('NKI', [66.5, 69, 72])] })
    const texts = [...container.querySelectorAll('svg text')].map((t) => t.textContent)
    expect(texts).toContain('%')
    expect(texts).toContain('66,5')
  })
})

describe('motion', () => {
  // The entrance is CSS (charts.css, only without a reduced-motion preference): the drawing
  // itself is final from its first frame, so nothing is redrawn from script while it plays.
  test('bars are drawn at their full height straight away', async () => {
    const { container } = await renderLoaded({ ...bar, series: [series('Tåg', [3.1, 6.8])] })
    const heights = [...container.querySelectorAll('.recharts-bar-rectangle .statistic-chart-bar')].map((rect) =>
      Number(rect.getAttribute('height')),
    )
    expect(heights).toHaveLength(2)
    expect(heights.every((h) => h > 0)).toBe(true)
  })

  test('a bar grows from the zero line: upwards above zero, downwards below it', async () => {
    const { container } = await renderLoaded({
      ...bar,
      title: 'Resultat',
      unit: 'mnkr',
      series: [series('Resultat', [12, -8])],
    })
    const bars = [...container.querySelectorAll<SVGRectElement>('.statistic-chart-bar')]
    expect(bars.map((rect) => rect.style.transformOrigin)).toEqual(['bottom', 'top'])
    // Both stand on the same zero line: the one above ends where the one below starts.
    const [up, down] = bars.map((rect) => ({
      y: Number(rect.getAttribute('y')),
      height: Number(rect.getAttribute('height')),
    }))
    expect(up && down && up.y + up.height).toBeCloseTo(down?.y ?? Number.NaN, 5)
    expect(up?.height).toBeGreaterThan(down?.height ?? Number.POSITIVE_INFINITY)
  })
})

test('odd content never makes it throw', () => {
  expect(() =>
    act(() => render(<StatisticChart model={toChartModel({ type: 'bar' } as unknown as Chart, '')} />)),
  ).not.toThrow()
})
