import type { SiteTexts } from '../../../model/siteTextDefaults'
import { canonicalUrl, type StatisticPlace } from './place'

/**
 * The citation of a statistic, in the form the CMS gives (`citationTemplate`, by default
 * "{publisher} ({year}). {title}. I {report}. Hämtad {date} från {url}"): the region as
 * publisher, the report's year, the statistic's title, the report, the date retrieved (today, as
 * "30 november 2026") and the statistic's canonical address.
 */
export function citationText(
  place: StatisticPlace,
  texts: Pick<SiteTexts, 'citationTemplate' | 'regionName'>,
  retrieved: Date,
  origin?: string,
): string {
  const values: Record<string, string> = {
    publisher: texts.regionName,
    year: String(place.year),
    title: place.title,
    report: place.reportTitle,
    date: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(retrieved),
    url: canonicalUrl(place, origin),
  }
  // One pass, so a value holding "{…}" is never replaced again.
  return texts.citationTemplate.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
