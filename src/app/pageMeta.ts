import type { SiteTexts } from '../../model/siteTextDefaults'
import type { Area, Article, Report, Statistic } from '../content/report'
import type { RichText } from '../../model/sanity.types'
import { headlineText } from '../../model/headline.ts'
import { paths } from '../../model/urls.ts'
import { escapeHtml } from '../shared/html.ts'
import { stegaCleanDeep } from '../shared/stega'
import {
  jsonLd,
  statisticCitation,
  statisticDataset,
  statisticImage,
  type CitationMeta,
  type PageImage,
} from './statisticMeta.ts'

/**
 * Every page's <title>, description, canonical link, Open Graph and Twitter card tags, from the
 * page and its content: the one place they are worded. The views render them with <PageMeta>
 * (React puts them in <head>), and the prerenderer writes the very same tags into each page's
 * HTML, so a reader, a search engine and a link preview all see one title.
 */

/** Which page is shown, with the content it shows. */
export type PagePlace =
  | {
      kind: 'area'
      report: Report
      area: Area
      /** The statistic shown (0: the foreground statistic, or an area without statistics). */
      statisticIndex: number
      /** The address used: `/` (newest report), `/{year}`, or one naming the area. */
      at: 'latest' | 'report' | 'area'
      /** The content's licence (the footer's text), for the statistic's structured data. */
      licence?: string | null
    }
  | { kind: 'articles'; report: Report; area: Area }
  | {
      kind: 'article'
      report: Report
      area: Area
      article: Article
      /** The article's lead image, when it has one: its link preview (else the area's chart). */
      leadImage?: PageImage | null
    }
  | { kind: 'embed'; report: Report; area: Area; statistic: Statistic; statisticIndex: number }
  | { kind: 'plainLanguage'; report: Report; area: Area }
  | { kind: 'accessibilityStatement'; statement: { title: string; intro: RichText | null } }
  | { kind: 'notFound' }
  | { kind: 'error' }

export interface PageMetaData {
  /** The document title. */
  title: string
  /** The page's own title, without the site's name (og:title). */
  heading: string
  description: string | null
  /** Absolute; null for pages that are no address of their own (not found, error). */
  canonicalUrl: string | null
  type: 'website' | 'article'
  siteName: string
  /** Only for pages search engines should leave out. */
  robots: string | null
  /** The HTTP status the page stands for. */
  status: 200 | 404 | 500
  /** The link preview's image (og:image); null for none. */
  image: PageImage | null
  /** `citation_*` tags, on a statistic's page. */
  citation: CitationMeta | null
  /** schema.org JSON-LD, on a statistic's page. */
  structuredData: Record<string, unknown> | null
  /** The year's data file (every statistic of the report as one CSV), absolute. */
  dataFile: string | null
}

export type HeadTag =
  | { tag: 'title'; key: string; text: string }
  | { tag: 'meta'; key: string; attributes: { name: string; content: string } | { property: string; content: string } }
  | { tag: 'link'; key: string; attributes: { rel: string; href: string; type?: string; title?: string } }
  | { tag: 'script'; key: string; type: 'application/ld+json'; json: string }

/** Longest description written; longer text is cut at a word. */
export const descriptionMaxLength = 200

/** Title, description, canonical URL and sharing tags for a page. */
export function pageMeta(place: PagePlace, texts: SiteTexts, siteUrlSetting: string): PageMetaData {
  // Head tags are data for browsers, search engines and link previews: in the Studio's
  // Presentation tool, made from the content without the stega source maps it carries there
  // (before shortening the description to its length).
  return contentPageMeta(stegaCleanDeep(place), texts, siteUrlSetting.replace(/\/+$/, ''))
}

function contentPageMeta(place: PagePlace, texts: SiteTexts, siteUrl: string): PageMetaData {
  const siteName = texts.siteName
  const base = {
    siteName,
    type: 'website' as const,
    robots: null,
    status: 200 as const,
    image: null,
    citation: null,
    structuredData: null,
    dataFile: null,
  }
  const reportPage = (
    heading: string,
    description: string | null,
    canonicalPath: string,
    type: 'website' | 'article' = 'website',
  ): PageMetaData => ({
    ...base,
    // Tags for link previews and crawlers, in the prerendered page only (see headTags).
    ...(import.meta.env.SSR ? yearParts(place, texts, siteUrl) : {}),
    type,
    title: `${heading} – ${siteName}`,
    heading,
    description: description === null ? null : truncate(description, descriptionMaxLength),
    canonicalUrl: absoluteUrl(siteUrl, canonicalPath),
  })

  switch (place.kind) {
    case 'area': {
      const { report, area, statisticIndex, at } = place
      const statistic = area.statistics[statisticIndex]
      // The foreground statistic is the area's own page, whichever address shows it.
      // The statistic's citation and structured data, wherever it is shown: in the prerendered
      // page, where reference managers and search engines read them. The browser build leaves
      // this code out (import.meta.env.SSR is false there): PageMeta removes the prerendered
      // tags once the reader moves to another page, so none is ever stale.
      const statisticParts =
        import.meta.env.SSR && statistic
          ? {
              citation: statisticCitation(siteUrl, report, area, statistic, texts),
              structuredData: statisticDataset(siteUrl, report, area, statistic, texts, place.licence ?? null),
            }
          : {}
      if (statistic && statisticIndex > 0) {
        return {
          ...reportPage(
            `${statistic.title} – ${area.title} – ${report.title}`,
            firstText(headlineText(statistic.headline), areaText(area), report.description),
            paths.statistic(report.year, area.slug, statistic.slug),
          ),
          ...statisticParts,
        }
      }
      const canonicalPath =
        at === 'latest'
          ? paths.latest()
          : at === 'report'
            ? paths.report(report.year)
            : paths.area(report.year, area.slug)
      // The report's entry pages are described by the report; an area by its foreground
      // statistic's sentence (the figures a reader comes for), or without one by its intro.
      const description =
        at === 'area'
          ? firstText(headlineText(statistic?.headline), areaText(area), report.description)
          : firstText(report.description, headlineText(statistic?.headline), areaText(area))
      return { ...reportPage(`${area.title} – ${report.title}`, description, canonicalPath), ...statisticParts }
    }
    case 'articles': {
      const { report, area } = place
      return reportPage(
        `${texts.articles}: ${area.title} – ${report.title}`,
        firstText(areaText(area), report.description),
        paths.articles(report.year, area.slug),
      )
    }
    case 'article': {
      const { report, area, article } = place
      return reportPage(
        `${article.title} – ${report.title}`,
        firstText(article.lead, areaText(area), report.description),
        paths.article(report.year, area.slug, article.slug),
        'article',
      )
    }
    case 'embed': {
      // The same statistic as on its page in the report, which is the address to link to.
      const { report, area, statistic, statisticIndex } = place
      return reportPage(
        `${statistic.title} – ${report.title}`,
        firstText(headlineText(statistic.headline), areaText(area), report.description),
        statisticIndex > 0
          ? paths.statistic(report.year, area.slug, statistic.slug)
          : paths.area(report.year, area.slug),
      )
    }
    case 'plainLanguage': {
      const { report, area } = place
      return reportPage(
        `${texts.plainLanguage}: ${area.title} – ${report.title}`,
        firstText(richTextPlain(area.plainLanguage), areaText(area), report.description),
        paths.plainLanguage(report.year, area.slug),
      )
    }
    case 'accessibilityStatement': {
      const { statement } = place
      return reportPage(statement.title, richTextPlain(statement.intro), paths.accessibilityStatement())
    }
    case 'notFound':
      return {
        ...base,
        title: `${texts.notFoundTitle} | ${siteName}`,
        heading: texts.notFoundTitle,
        description: truncate(texts.notFoundBody, descriptionMaxLength),
        canonicalUrl: null,
        robots: 'noindex',
        status: 404,
      }
    case 'error':
      return {
        ...base,
        title: `${texts.errorTitle} | ${siteName}`,
        heading: texts.errorTitle,
        description: null,
        canonicalUrl: null,
        robots: 'noindex',
        status: 500,
      }
  }
}

/** The tags for <head>, in order. Used for React elements and for the prerendered HTML alike. */
export function headTags(meta: PageMetaData): HeadTag[] {
  const tags: HeadTag[] = [{ tag: 'title', key: 'title', text: meta.title }]
  const name = (key: string, content: string | null) => {
    if (content) tags.push({ tag: 'meta', key: `name:${key}`, attributes: { name: key, content } })
  }
  const property = (key: string, content: string | null) => {
    if (content) tags.push({ tag: 'meta', key: `property:${key}`, attributes: { property: key, content } })
  }
  name('description', meta.description)
  name('robots', meta.robots)
  if (meta.canonicalUrl)
    tags.push({ tag: 'link', key: 'canonical', attributes: { rel: 'canonical', href: meta.canonicalUrl } })
  // The year's data file, the link preview's image and card, the citation and the JSON-LD are
  // for what reads the page as served (link previews, crawlers, reference managers): the
  // browser build leaves their code out, and PageMeta removes them once the reader moves on.
  if (import.meta.env.SSR && meta.dataFile)
    tags.push({
      tag: 'link',
      key: 'alternate:csv',
      attributes: { rel: 'alternate', type: 'text/csv', href: meta.dataFile },
    })
  if (meta.status === 200) {
    property('og:title', meta.heading)
    property('og:description', meta.description)
    property('og:url', meta.canonicalUrl)
    property('og:type', meta.type)
    property('og:site_name', meta.siteName)
    property('og:locale', 'sv_SE')
    if (import.meta.env.SSR) serverOnlyTags(meta, name, property, tags)
  }
  return tags
}

function serverOnlyTags(
  meta: PageMetaData,
  name: (key: string, content: string | null) => void,
  property: (key: string, content: string | null) => void,
  tags: HeadTag[],
): void {
  if (meta.image) {
    property('og:image', meta.image.url)
    property('og:image:width', String(meta.image.width))
    property('og:image:height', String(meta.image.height))
    property('og:image:alt', meta.image.alt)
    name('twitter:image:alt', meta.image.alt)
  }
  name('twitter:card', meta.image ? 'summary_large_image' : 'summary')
  if (meta.citation) {
    name('citation_title', meta.citation.title)
    name('citation_author', meta.citation.author)
    name('citation_publisher', meta.citation.publisher)
    name('citation_publication_date', meta.citation.date)
    name('citation_public_url', meta.citation.url)
    name('citation_language', 'sv')
  }
  if (meta.structuredData)
    tags.push({ tag: 'script', key: 'ld+json', type: 'application/ld+json', json: jsonLd(meta.structuredData) })
}

/** The tags as HTML, for the prerendered page's <head>. Content is text, never markup. */
export function headHtml(meta: PageMetaData): string {
  return headTags(meta)
    .map((tag) => {
      if (tag.tag === 'title') return `<title>${escapeHtml(tag.text)}</title>`
      // JSON with every "<" escaped (jsonLd): nothing in it can close the element.
      if (tag.tag === 'script') return `<script type="${tag.type}">${tag.json}</script>`
      const attributes = Object.entries(tag.attributes)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
        .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
        .join(' ')
      return `<${tag.tag} ${attributes} />`
    })
    .join('\n    ')
}

/** Portable Text as plain text, a space between blocks. */
export function richTextPlain(value: RichText | null | undefined): string | null {
  if (!Array.isArray(value)) return null
  const blocks = value.map((block) =>
    (Array.isArray(block?.children) ? block.children : [])
      .map((child) => (typeof child?.text === 'string' ? child.text : ''))
      .join(''),
  )
  return normalizeText(blocks.join(' '))
}

/**
 * At most `max` characters, cut after a whole word and marked with "…". Only at a plain space:
 * a no-break space holds a number ("1 037 034") or a figure and its unit together.
 */
export function truncate(text: string, max: number): string {
  const clean = normalizeText(text) ?? ''
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(' ', cut.length - 1)
  const words = clean[max - 1] === ' ' ? cut : space > 0 ? cut.slice(0, space) : cut
  return `${words.replace(/[ ,;:–-]+$/, '')}…`
}

/**
 * What every page of a year links to: the year's data file, and the link preview image (a
 * statistic's chart; an article's lead image when it has one, as `leadImage`).
 */
function yearParts(place: PagePlace, texts: SiteTexts, siteUrl: string): Pick<PageMetaData, 'image' | 'dataFile'> {
  if (!('report' in place)) return { image: null, dataFile: null }
  const { report, area } = place
  const dataFile = absoluteUrl(siteUrl, paths.yearCsv(report.year))
  const shown =
    place.kind === 'area' || place.kind === 'embed'
      ? (area.statistics[place.statisticIndex] ?? area.statistics[0])
      : area.statistics[0]
  const chart = shown ? statisticImage(siteUrl, report, area, shown, texts) : null
  const image = place.kind === 'article' && place.leadImage ? place.leadImage : chart
  return { image, dataFile }
}

function areaText(area: Area): string | null {
  return firstText(richTextPlain(area.intro), area.subtitle)
}

function firstText(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const text = typeof candidate === 'string' ? normalizeText(candidate) : null
    if (text) return text
  }
  return null
}

/** Runs of white space become one space (a no-break space stays: it holds a number together). */
function normalizeText(text: string): string | null {
  const clean = text.replace(/[ \t\r\n\f\v]+/g, ' ').trim()
  return clean === '' ? null : clean
}

function absoluteUrl(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${path}`
}
