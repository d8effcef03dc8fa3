/**
 * Every label the reader's interface shows, with its Swedish default.
 *
 * This list is the single definition of which labels exist: the Studio builds the
 * `siteTexts` singleton's fields from it (with the default as initial value), and the app
 * falls back to the default only when the CMS has no text for a label, so that a missing or
 * malformed singleton (or a failed fetch, where the error view still needs words) never
 * leaves a button without a name.
 *
 * Plain data only: the browser bundle imports this file, so it must not import `sanity`.
 */
export const siteTextLabels = {
  siteName: { title: 'Webbplatsens namn', default: 'Årsberättelse' },
  regionName: { title: 'Regionens namn', default: 'Region Kronoberg' },
  skipToContent: { title: 'Länk förbi navigeringen', default: 'Hoppa till innehållet' },
  areasNavigation: { title: 'Namn på områdesnavigeringen', default: 'Områden' },
  chooseYear: { title: 'Väljare för år', default: 'Välj år' },
  help: { title: 'Hjälpknapp', default: 'Hjälp' },
  close: { title: 'Stängknapp', default: 'Stäng' },
  dontShowAgain: { title: 'Kryssruta i navigeringshjälpen', default: 'Visa inte den här rutan igen' },
  previousStatistic: { title: 'Pil till föregående statistik', default: 'Föregående statistik' },
  nextStatistic: { title: 'Pil till nästa statistik', default: 'Nästa statistik' },
  position: {
    title: 'Position bland statistiken ({current} och {total} ersätts med siffror)',
    default: '{current} av {total}',
  },
  info: { title: 'Infoknapp', default: 'Mer om statistiken' },
  definition: { title: 'Rubrik: definition', default: 'Definition' },
  period: { title: 'Rubrik: period', default: 'Period' },
  source: { title: 'Rubrik: källa', default: 'Källa' },
  toArticles: { title: 'Pil nedåt till områdets artiklar', default: 'Artiklar om området' },
  articles: { title: 'Rubrik: artiklar', default: 'Artiklar' },
  published: { title: 'Före publiceringsdatum', default: 'Publicerad' },
  readMore: { title: 'Rubrik för läs mer-länkar', default: 'Läs mer…' },
  back: { title: 'Tillbakalänk', default: '« Tillbaka' },
  openInReport: { title: 'Länk från inbäddad statistik', default: 'Se statistiken i årsberättelsen' },
  loading: { title: 'Medan innehållet laddas', default: 'Laddar årsberättelsen …' },
  errorTitle: { title: 'Rubrik när innehållet inte kunde hämtas', default: 'Något gick fel' },
  errorBody: {
    title: 'Text när innehållet inte kunde hämtas',
    default: 'Årsberättelsen kunde inte hämtas just nu. Kontrollera din anslutning och försök igen.',
  },
  retry: { title: 'Knapp för att försöka igen', default: 'Försök igen' },
  notFoundTitle: { title: 'Rubrik på sidan som inte finns', default: 'Sidan finns inte' },
  notFoundBody: {
    title: 'Text på sidan som inte finns',
    default: 'Adressen leder inte till någon del av årsberättelsen. Välj ett område nedan.',
  },
  toLatestReport: { title: 'Länk till senaste årsberättelsen', default: 'Till den senaste årsberättelsen' },
  statisticTools: { title: 'Namn på raden med verktyg under statistiken', default: 'Data och delning' },
  showTable: { title: 'Knapp: visa diagrammets siffror som tabell', default: 'Visa som tabell' },
  showChart: { title: 'Knapp: tillbaka från tabellen till diagrammet', default: 'Visa som diagram' },
  tableCategory: { title: 'Rubrik för första kolumnen i tabell och CSV-fil', default: 'Kategori' },
  tableShare: { title: 'Kolumnrubrik: andel av helheten (ringdiagram)', default: 'Andel' },
  tableTotal: { title: 'Radrubrik: summan (ringdiagram)', default: 'Totalt' },
  downloadCsv: { title: 'Knapp: ladda ner statistikens siffror', default: 'Ladda ner data (CSV)' },
  copyLink: { title: 'Knapp: kopiera länken till statistiken', default: 'Kopiera länk' },
  linkCopied: { title: 'Meddelande när länken är kopierad', default: 'Länken är kopierad' },
  linkLabel: {
    title: 'Etikett för rutan med länken, när den inte kunde kopieras automatiskt',
    default: 'Länk till statistiken',
  },
  copyLinkManually: {
    title: 'Meddelande när länken inte kunde kopieras automatiskt',
    default: 'Länken är markerad i rutan nedan. Kopiera den därifrån.',
  },
  share: { title: 'Knapp: dela statistiken med telefonens eller datorns delningsfunktion', default: 'Dela' },
  embed: { title: 'Knapp: visa kod för att bädda in statistiken', default: 'Bädda in' },
  embedTitle: { title: 'Rubrik i rutan med inbäddningskoden', default: 'Bädda in statistiken' },
  embedIntro: {
    title: 'Text i rutan med inbäddningskoden',
    default: 'Klistra in koden i HTML-koden på din webbplats. Där visas statistiken med diagram, källa och en länk till årsberättelsen.',
  },
  embedCode: { title: 'Etikett för rutan med inbäddningskoden', default: 'HTML-kod' },
  copyCode: { title: 'Knapp: kopiera inbäddningskoden', default: 'Kopiera koden' },
  codeCopied: { title: 'Meddelande när inbäddningskoden är kopierad', default: 'Koden är kopierad' },
  copyCodeManually: {
    title: 'Meddelande när koden inte kunde kopieras automatiskt',
    default: 'Koden är markerad i rutan. Kopiera den därifrån.',
  },
  compareYears: { title: 'Knapp: jämför statistiken med andra år', default: 'Jämför år' },
  compareTitle: { title: 'Rubrik i rutan som jämför åren', default: 'Jämför år' },
  compareYear: { title: 'Kolumnrubrik: år', default: 'År' },
  compareValue: { title: 'Kolumnrubrik: huvudtalet', default: 'Huvudtal' },
  compareCurrent: { title: 'Efter året som visas just nu', default: 'visas nu' },
  compareMissing: { title: 'När ett år saknar huvudtal', default: 'uppgift saknas' },
  compareLoading: { title: 'Medan andra år hämtas', default: 'Hämtar andra år …' },
  compareError: { title: 'När andra år inte kunde hämtas', default: 'De andra åren kunde inte hämtas just nu.' },
  compareOnlyOneYear: {
    title: 'När statistiken bara finns ett år',
    default: 'Den här statistiken finns bara i en årsberättelse, så det finns inga andra år att jämföra med.',
  },
  previewNotice: {
    title: 'Meddelande i förhandsvisning (bara för redaktörer)',
    default: 'Förhandsvisning: du ser opublicerade ändringar.',
  },
} as const satisfies Record<string, { title: string; default: string }>

export type SiteTextKey = keyof typeof siteTextLabels
export type SiteTexts = Record<SiteTextKey, string>

export const siteTextKeys = Object.keys(siteTextLabels) as SiteTextKey[]

export const defaultSiteTexts: SiteTexts = Object.fromEntries(
  siteTextKeys.map((key) => [key, siteTextLabels[key].default]),
) as SiteTexts
