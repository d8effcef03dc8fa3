/**
 * Every label the reader's interface shows, with its Swedish default.
 *
 * This object is the single definition of which labels exist: the Studio builds the
 * `siteTexts` singleton's fields from it (with the default as initial value, and the field
 * titles of siteTextTitles.ts, which must name the same keys), and the app falls back to the
 * default only when the CMS has no text for a label, so that a missing or malformed singleton
 * (or a failed fetch, where the error view still needs words) never leaves a button without a
 * name.
 *
 * Plain data only: the browser bundle imports this file, so it must not import `sanity`; the
 * Studio's field titles live beside it, in siteTextTitles.ts, and stay out of the bundle.
 */
const defaults = {
  siteName: 'Årsberättelse',
  regionName: 'Region Kronoberg',
  skipToContent: 'Hoppa till innehållet',
  areasNavigation: 'Områden',
  chooseYear: 'Välj år',
  help: 'Hjälp',
  close: 'Stäng',
  dontShowAgain: 'Visa inte den här rutan igen',
  previousStatistic: 'Föregående statistik',
  nextStatistic: 'Nästa statistik',
  position: '{current} av {total}',
  info: 'Mer om statistiken',
  definition: 'Definition',
  period: 'Period',
  source: 'Källa',
  toArticles: 'Artiklar om området',
  articles: 'Artiklar',
  published: 'Publicerad',
  readMore: 'Läs mer…',
  back: '« Tillbaka',
  openInReport: 'Se statistiken i årsberättelsen',
  loading: 'Laddar årsberättelsen …',
  errorTitle: 'Något gick fel',
  errorBody: 'Årsberättelsen kunde inte hämtas just nu. Kontrollera din anslutning och försök igen.',
  retry: 'Försök igen',
  notFoundTitle: 'Sidan finns inte',
  notFoundBody: 'Adressen leder inte till någon del av årsberättelsen. Välj ett område nedan.',
  toLatestReport: 'Till den senaste årsberättelsen',
  statisticTools: 'Data och delning',
  showTable: 'Visa som tabell',
  showChart: 'Visa som diagram',
  tableCategory: 'Kategori',
  tableShare: 'Andel',
  tableTotal: 'Totalt',
  downloadCsv: 'Ladda ner data (CSV)',
  copyLink: 'Kopiera länk',
  linkCopied: 'Länken är kopierad',
  linkLabel: 'Länk till statistiken',
  copyLinkManually: 'Länken är markerad i rutan nedan. Kopiera den därifrån.',
  share: 'Dela',
  embed: 'Bädda in',
  embedTitle: 'Bädda in statistiken',
  embedIntro: 'Klistra in koden i HTML-koden på din webbplats. Där visas statistiken med diagram, källa och en länk till årsberättelsen.',
  embedCode: 'HTML-kod',
  copyCode: 'Kopiera koden',
  codeCopied: 'Koden är kopierad',
  copyCodeManually: 'Koden är markerad i rutan. Kopiera den därifrån.',
  compareYears: 'Jämför år',
  compareTitle: 'Jämför år',
  compareYear: 'År',
  compareValue: 'Huvudtal',
  compareCurrent: 'visas nu',
  compareMissing: 'uppgift saknas',
  compareLoading: 'Hämtar andra år …',
  compareError: 'De andra åren kunde inte hämtas just nu.',
  compareOnlyOneYear: 'Den här statistiken finns bara i en årsberättelse, så det finns inga andra år att jämföra med.',
  previewNotice: 'Förhandsvisning: du ser opublicerade ändringar.',
} as const satisfies Record<string, string>

export type SiteTextKey = keyof typeof defaults
export type SiteTexts = Record<SiteTextKey, string>

export const defaultSiteTexts: SiteTexts = defaults
export const siteTextKeys = Object.keys(defaults) as SiteTextKey[]
