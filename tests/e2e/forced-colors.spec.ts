import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { shownSlide, skipNavigationHelp } from './support'

/**
 * Forced colours (Windows high contrast), light and dark: the browser recolours text and boxes
 * but not SVG fills and strokes, and drops backgrounds. The chart's text and marks must still
 * stand out from the canvas (WCAG 1.4.3: 4.5:1 for text, 1.4.11: 3:1 for graphics), and the
 * current year and area, and an unavailable arrow, must still be told apart by more than colour
 * (1.4.1).
 */
type Rgb = [number, number, number]

function parse(color: string): Rgb {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color)
  if (!match) throw new Error(`not a colour: ${color}`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

function luminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** What a system colour resolves to in this page's forced palette. */
function systemColor(page: Page, name: string): Promise<string> {
  return page.evaluate((color) => {
    const probe = document.createElement('span')
    probe.style.color = color
    document.body.append(probe)
    const value = getComputedStyle(probe).color
    probe.remove()
    return value
  }, name)
}

/**
 * The colours a chart's parts are painted in: each text's fill (or colour, outside the drawing),
 * and each mark's fill (a pattern's ground where the fill is a pattern) or stroke.
 */
async function chartPaint(figure: Locator) {
  return figure.evaluate((element) => {
    const root = element.closest('article') ?? element
    const paint = (el: Element, property: 'fill' | 'stroke') => {
      const value = getComputedStyle(el)[property]
      const url = /url\("?#([^")]+)"?\)/.exec(value)
      if (!url) return value
      const ground = root.querySelector(`[id="${url[1]}"] > rect`)
      return ground ? getComputedStyle(ground).fill : value
    }
    const all = (selector: string) => [...element.querySelectorAll(selector)]
    return {
      texts: [
        ...all('svg[role="img"] text')
          .filter((text) => (text.textContent ?? '').trim() !== '')
          .map((text) => ({ what: text.textContent ?? '', color: paint(text, 'fill') })),
        ...all('figcaption, .statistic-chart-legend li').map((text) => ({
          what: text.textContent ?? '',
          color: getComputedStyle(text).color,
        })),
      ],
      fills: all('.statistic-chart-bar, .recharts-pie-sector path, .statistic-chart-swatch > rect').map((mark) => ({
        what: mark.tagName,
        color: paint(mark, 'fill'),
      })),
      strokes: all('.recharts-line-curve, .statistic-chart-swatch > line').map((mark) => ({
        what: mark.tagName,
        color: paint(mark, 'stroke'),
      })),
    }
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`forced colours, ${colorScheme}`, () => {
    test.beforeEach(async ({ page }) => {
      await skipNavigationHelp(page)
      await page.emulateMedia({ forcedColors: 'active', colorScheme, reducedMotion: 'reduce' })
    })

    for (const [kind, path] of [
      ['bars', '/2018/kollektivtrafik/resor'],
      ['a ring', '/2018/halso-och-sjukvard/besok'],
      ['lines', '/2018/kollektivtrafik/nojd-kund-index'],
    ] as const) {
      test(`${kind}: text and marks stand out from the canvas`, async ({ page }) => {
        await page.goto(path)
        const figure = shownSlide(page).locator('figure.statistic-chart')
        await expect(figure.locator('svg[role="img"]')).toBeVisible()
        // recharts draws its marks in later tasks than the frame (see deferredStoreSelector.ts):
        // wait for them, not just for the drawing's <svg>.
        await expect(
          figure.locator('.statistic-chart-bar, .recharts-pie-sector path, .recharts-line-curve').first(),
        ).toBeAttached()
        const canvas = await systemColor(page, 'Canvas')
        const { texts, fills, strokes } = await chartPaint(figure)
        expect(texts.length).toBeGreaterThan(0)
        expect(fills.length + strokes.length).toBeGreaterThan(0)
        for (const text of texts)
          expect(contrast(text.color, canvas), `text “${text.what}” in ${text.color}`).toBeGreaterThanOrEqual(4.5)
        for (const mark of [...fills, ...strokes])
          expect(contrast(mark.color, canvas), `${mark.what} in ${mark.color}`).toBeGreaterThanOrEqual(3)
      })
    }

    test('icons (areas, tools, info, arrows) stand out from the canvas', async ({ page }) => {
      await page.goto('/2018/kollektivtrafik/resor')
      await expect(shownSlide(page).locator('figure.statistic-chart svg[role="img"]')).toBeVisible()
      const canvas = await systemColor(page, 'Canvas')
      const paints = await page.evaluate(() =>
        [...document.querySelectorAll('svg')]
          .filter((svg) => !svg.closest('figure') && svg.getBoundingClientRect().width > 0)
          .flatMap((svg) =>
            [...svg.querySelectorAll('path, rect, circle, line, polyline, polygon, ellipse')].flatMap((shape) => {
              const style = getComputedStyle(shape)
              const label =
                svg.closest('a, button')?.textContent?.trim() ||
                svg.closest('[aria-label]')?.getAttribute('aria-label') ||
                svg.outerHTML.slice(0, 60)
              return [style.fill, style.stroke]
                .filter((paint) => paint.startsWith('rgb') && !/, 0\)$/.test(paint))
                .map((paint) => ({ label, paint }))
            }),
          ),
      )
      expect(paints.length).toBeGreaterThan(5)
      for (const { label, paint } of paints)
        expect(contrast(paint, canvas), `icon in “${label}”: ${paint}`).toBeGreaterThanOrEqual(3)
    })

    test('the current year and area are marked by more than colour; an unavailable arrow is GrayText', async ({
      page,
    }) => {
      await page.goto('/2018/kollektivtrafik')
      const marks = (locator: Locator) =>
        locator.evaluate((element) => {
          const style = getComputedStyle(element)
          return {
            underline: style.textDecorationLine.includes('underline'),
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          }
        })
      const years = page.getByRole('navigation', { name: 'Välj år' })
      expect(await marks(years.getByRole('link', { name: '2018' }))).toEqual({ underline: true, outline: true })
      expect(await marks(years.getByRole('link', { name: '2017' }))).toEqual({ underline: false, outline: false })
      const areas = page.getByRole('navigation', { name: 'Områden' })
      expect(await marks(areas.getByRole('link', { name: 'Kollektivtrafik' }))).toEqual({
        underline: true,
        outline: true,
      })
      expect(await marks(areas.getByRole('link', { name: 'Kultur' }))).toEqual({ underline: false, outline: false })

      const previous = page.getByRole('link', { name: 'Föregående statistik' })
      const next = page.getByRole('link', { name: 'Nästa statistik' })
      await expect(previous).toHaveAttribute('aria-disabled', 'true')
      const look = (locator: Locator) =>
        locator.evaluate((element) => {
          const style = getComputedStyle(element)
          return { color: style.color, border: style.borderTopStyle }
        })
      const grayText = await systemColor(page, 'GrayText')
      const canvas = await systemColor(page, 'Canvas')
      const unavailable = await look(previous)
      const available = await look(next)
      expect(unavailable.color).toBe(grayText)
      expect(available.color).not.toBe(grayText)
      expect(unavailable.border).not.toBe(available.border)
      expect(contrast(available.color, canvas)).toBeGreaterThanOrEqual(3)
    })
  })
}
