/**
 * Swedish number formatting (sv-SE): "1 037 034", "6,8", "12,00 %".
 *
 * Intl puts a no-break space between digit groups, so a screen reader and a line break both
 * treat "1 037 034" as one number; the unit is joined with a no-break space for the same reason.
 */
const NO_BREAK_SPACE = '\u00a0'

const formatters = new Map<string, Intl.NumberFormat>()

function formatter(decimals: number | null | undefined): Intl.NumberFormat {
  const key = decimals == null ? 'auto' : String(decimals)
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.NumberFormat(
      'sv-SE',
      decimals == null
        ? { maximumFractionDigits: 3 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    )
    formatters.set(key, cached)
  }
  return cached
}

export function formatNumber(value: number, decimals?: number | null): string {
  return formatter(decimals).format(value)
}

export interface FigureLike {
  value: number
  decimals?: number | null
  unit?: string | null
}

export function formatFigure({ value, decimals, unit }: FigureLike): string {
  const number = formatNumber(value, decimals)
  return unit ? `${number}${NO_BREAK_SPACE}${unit}` : number
}
