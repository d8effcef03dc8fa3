import { defineQuery } from 'groq'

/*
 * Every GROQ query the app sends. Both content sources (Sanity's API and the bundled dataset)
 * answer exactly these strings, and TypeGen reads them to type their results.
 */

const statisticFields = /* groq */ `
  _id,
  key,
  title,
  "slug": slug.current,
  formerSlugs,
  headline,
  unit,
  period,
  info,
  source,
  chart
`

/**
 * An image field (`contentImage`) with what the app needs to draw it: the asset's id (which
 * holds its size and format, and names its files), its size and blurred placeholder (`lqip`),
 * the editor's crop and hotspot, and its texts. The same answer from both sources: the bundled
 * dataset holds the `sanity.imageAsset` documents Sanity makes on upload.
 */
const imageFields = /* groq */ `
  alt,
  decorative,
  caption,
  credit,
  crop,
  hotspot,
  "asset": asset->{_id, metadata{lqip, dimensions{width, height}}}
`

const articleFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  publishedAt,
  legacyPath,
  lead,
  mainImage{${imageFields}},
  "body": body[]{..., _type == "contentImage" => {${imageFields}}},
  readMore
`

const areaFields = /* groq */ `
  _id,
  title,
  "slug": slug.current,
  legacyCode,
  subtitle,
  icon,
  leadImage{${imageFields}},
  intro,
  plainLanguage,
  "statistics": statistics[]->{${statisticFields}},
  "articles": articles[]->{${articleFields}}
`

/**
 * Everything a reader needs for one year, in one request: the report with its areas,
 * statistics and articles in the editors' order, the list of years, and the site-wide texts.
 * `$year` null means the newest report. Moving within a year never asks for content again.
 * Each report is compared with `$year` once: a filter that looked up the newest year inside
 * itself made groq-js (the bundled dataset, the build) do that for every document, which grew
 * with the square of the archive (41 s at 60 years, `npm run bench:scale`).
 * A reference to a document that is not published resolves to null; the app drops those.
 */
export const reportQuery = defineQuery(`{
  "years": *[_type == "report" && defined(year)] | order(year desc).year,
  "report": *[_type == "report" && defined(year) && ($year == null || year == $year)]
    | order(year desc, _updatedAt desc)[0]{
      _id,
      year,
      title,
      description,
      "areas": areas[]->{${areaFields}}
    },
  "siteTexts": *[_type == "siteTexts" && _id == "siteTexts"][0],
  "navigationHelp": *[_type == "navigationHelp" && _id == "navigationHelp"][0]{title, intro, items[]{_key, icon, text}},
  "browserNotice": *[_type == "browserNotice" && _id == "browserNotice"][0]{title, body},
  "siteFooter": *[_type == "siteFooter" && _id == "siteFooter"][0]{contact, licence}
}`)

/**
 * The accessibility statement, for its own page (/tillganglighet) only: readers of the report
 * never download it.
 */
export const accessibilityStatementQuery =
  defineQuery(`*[_type == "accessibilityStatement" && _id == "accessibilityStatement"][0]{
  title,
  intro,
  compliance,
  inaccessibleContent[]{_key, title, description, reason, requirements, alternative},
  feedback,
  contact{name, url, email, phone},
  responseTime,
  enforcement,
  enforcementUrl,
  assessment{method, assessor, description, assessedAt},
  preparedAt,
  reviewedAt,
  texts
}`)

/**
 * The notice shown instead of the app to browsers that cannot run it (JavaScript off, no ES
 * modules). Asked at build time, not by the app: `build/browserNotice.ts` writes it into
 * index.html.
 */
export const browserNoticeQuery = defineQuery(`*[_type == "browserNotice" && _id == "browserNotice"][0]{title, body}`)

/**
 * One statistic (by its `key`, the same every year) in every published report, newest first:
 * for each year the area and statistic slugs (for links), its title, headline, unit and period.
 * Asked only when a reader opens "compare years", never to show a page. A report without the
 * statistic answers with no matching statistics; `toYearEntries` keeps, per year, the report
 * that `reportQuery` shows (the most recently updated).
 */
export const statisticAcrossYearsQuery = defineQuery(`*[_type == "report" && defined(year)]
  | order(year desc, _updatedAt desc){
    year,
    "areas": areas[]->{
      "slug": slug.current,
      "statistics": statistics[@->key == $key]->{
        _id,
        title,
        "slug": slug.current,
        headline,
        unit,
        period
      }
    }
  }`)
