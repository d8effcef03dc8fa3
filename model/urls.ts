/**
 * The report's URL scheme (see README): the one place that builds paths, so links, the
 * prerenderer and the Studio's "open in the report" can never disagree.
 */
export const ARTICLES_SEGMENT = 'artiklar'
export const EMBED_SEGMENT = 'embed'
/** The easy-to-read ("lättläst") summary of an area. */
export const PLAIN_LANGUAGE_SEGMENT = 'lattlast'
/** The accessibility statement's fixed address, outside the years. */
export const ACCESSIBILITY_STATEMENT_PATH = '/tillganglighet'

const segment = (value: string | number) => encodeURIComponent(String(value))

export const paths = {
  latest: () => '/',
  report: (year: number) => `/${year}`,
  area: (year: number, area: string) => `/${year}/${segment(area)}`,
  statistic: (year: number, area: string, statistic: string) => `/${year}/${segment(area)}/${segment(statistic)}`,
  articles: (year: number, area: string) => `/${year}/${segment(area)}/${ARTICLES_SEGMENT}`,
  article: (year: number, area: string, article: string) =>
    `/${year}/${segment(area)}/${ARTICLES_SEGMENT}/${segment(article)}`,
  embed: (year: number, area: string, statistic: string) =>
    `/${year}/${segment(area)}/${segment(statistic)}/${EMBED_SEGMENT}`,
  plainLanguage: (year: number, area: string) => `/${year}/${segment(area)}/${PLAIN_LANGUAGE_SEGMENT}`,
  accessibilityStatement: () => ACCESSIBILITY_STATEMENT_PATH,
  /** Files the build writes beside the pages (see README, "Data files" and "Link previews"). */
  statisticCsv: (year: number, area: string, statistic: string) =>
    `/${year}/${segment(area)}/${segment(statistic)}.csv`,
  statisticImage: (year: number, area: string, statistic: string) =>
    `/${year}/${segment(area)}/${segment(statistic)}.png`,
  yearCsv: (year: number) => `/${year}/statistik-${year}.csv`,
}

/** A year as it may appear in a URL: four digits, nothing else. */
export function parseYear(value: string | undefined): number | null {
  return value !== undefined && /^\d{4}$/.test(value) ? Number(value) : null
}

/**
 * `?forhandsvisning` asks for the editors' drafts preview (see README, "Drafts preview"):
 * drafts are read with the editor's own Sanity session, so readers without one see nothing new.
 */
export const PREVIEW_PARAM = 'forhandsvisning'

/** `?tema=mork|ljus|auto`: the embed view's colours (README, "Embedding"). */
export const EMBED_THEME_PARAM = 'tema'

export function isPreviewSearch(search: string): boolean {
  const value = new URLSearchParams(search).get(PREVIEW_PARAM)
  return value !== null && value !== '0' && value !== 'false'
}
