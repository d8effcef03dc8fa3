const longDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' })

/** "2019-02-28" → "28 februari 2019". Returns null for a value that is not a date. */
export function formatDate(isoDate: string | null | undefined): string | null {
  if (!isoDate) return null
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)
  return Number.isNaN(date.getTime()) ? null : longDate.format(date)
}
