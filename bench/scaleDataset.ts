/**
 * A synthetic dataset for `npm run bench:scale`: the fictitious "Exempelregion", with made-up
 * round figures, generated into a temporary folder and never part of the sample content. Each
 * year is shaped as a year of the sample dataset (5 areas, 17 statistics, 3 articles, an
 * easy-to-read summary per area); `factor` multiplies the number of years (3 at 1×), which is
 * how an archive grows: a region adds a report a year.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type Doc = { _id: string; _type: string; [field: string]: unknown }

const REGION = 'Exempelregion'
const NEWEST_YEAR = 2019
const YEARS_AT_1X = 3
const stamp = '2026-01-01T00:00:00Z'

const areas = [
  { slug: 'ekonomi', title: 'Ekonomi', icon: 'economy', statistics: 3, articles: 0 },
  { slug: 'halso-och-sjukvard', title: 'Hälso- och sjukvård', icon: 'healthcare', statistics: 4, articles: 1 },
  { slug: 'kollektivtrafik', title: 'Kollektivtrafik', icon: 'transport', statistics: 4, articles: 1 },
  { slug: 'regional-utveckling', title: 'Regional utveckling', icon: 'development', statistics: 3, articles: 1 },
  { slug: 'kultur', title: 'Kultur', icon: 'culture', statistics: 3, articles: 0 },
] as const

/** Words for made-up text: varied enough that it compresses about as real text does. */
const WORDS = (
  'region invånare vård besök patient resa buss tåg kultur bibliotek teater museum ekonomi budget resultat ' +
  'kostnad intäkt skatt länet kommun företag arbete utbildning forskning miljö klimat energi trafik linje ' +
  'hållplats tidtabell personal läkare sjuksköterska vårdcentral sjukhus akut väntetid tillgänglighet ' +
  'digital tjänst invånarna året året innan ökade minskade jämfört med under och men eller som att för ' +
  'till från med utan genom efter inför mellan över under mot hela delar flera många färre fler nya ' +
  'gamla stora små viktiga vanliga särskilda gemensamma regionala lokala nationella arbetet planen målet ' +
  'strategin satsningen projektet uppdraget avtalet beslutet förslaget rapporten uppföljningen mätningen ' +
  'enkäten resultatet utfallet prognosen ramen anslaget bidraget stödet samverkan dialog insatser åtgärder ' +
  'kvalitet säkerhet trygghet hälsa livsvillkor folkhälsa barn unga äldre familjer studenter pendlare ' +
  'besökare turister näringsliv landsbygd stad tätort kust skog sjö väg cykel gång parkering laddning'
).split(' ')

let seed = 1
/** A seeded pseudo-random number in [0, 1): the same dataset every run. */
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
const sentence = (words: number) => {
  const text = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}
/** Made-up prose of about `words` words, in sentences. */
const prose = (words: number) =>
  Array.from({ length: Math.max(1, Math.round(words / 12)) }, () => sentence(8 + Math.floor(random() * 9))).join(' ')

let keyCounter = 0
const key = () => (keyCounter++).toString(16).padStart(12, '0')

const span = (text: string) => ({ _type: 'span', _key: key(), text, marks: [] })
const block = (text: string, style = 'normal') => ({
  _type: 'block',
  _key: key(),
  style,
  markDefs: [],
  children: [span(text)],
})
const ref = (id: string) => ({ _type: 'reference', _key: key(), _ref: id })
const base = (id: string, type: string) => ({ _id: id, _type: type, _createdAt: stamp, _updatedAt: stamp })

/** Round, made-up figures: n thousand, never a real region's. */
const figure = (year: number, area: number, statistic: number) =>
  (area + 1) * 10_000 + statistic * 1_000 + (year % 10) * 100

function statistic(year: number, areaIndex: number, n: number): Doc {
  const area = areas[areaIndex]!
  const value = figure(year, areaIndex, n)
  const categories = ['Grupp A', 'Grupp B', 'Grupp C', 'Grupp D']
  return {
    ...base(`statistic-${year}-${area.slug}-${n}`, 'statistic'),
    title: `Exempeltal ${n + 1} för ${area.title.toLowerCase()}`,
    slug: { _type: 'slug', current: `exempeltal-${n + 1}` },
    key: `${area.slug}-exempeltal-${n + 1}`,
    headline: [
      {
        ...block(''),
        children: [
          span(`${REGION} räknade `),
          { _type: 'headlineFigure', _key: key(), value, unit: 'st' },
          span(` under ${year}, ett påhittat och avrundat tal. ${prose(35)}`),
        ],
      },
    ],
    unit: 'antal',
    period: String(year),
    info: [
      block(`Ett påhittat exempeltal för ${REGION}, som bara finns för att mäta hur appen skalar. ${prose(70)}`),
      block(`Talet ${value} är avrundat och säger ingenting om någon verklig region. ${prose(50)}`),
    ],
    source: { _type: 'source', name: `${REGION} (påhittade siffror)`, url: 'https://example.org/exempelregion' },
    chart: {
      _type: 'chart',
      type: n % 3 === 2 ? 'line' : 'bar',
      title: `Exempeltal ${n + 1}, ${year}`,
      unit: 'st',
      categories,
      series: [
        {
          _type: 'chartSeries',
          _key: key(),
          name: 'Antal',
          values: categories.map((_, i) => Math.round(value / (i + 2) / 100) * 100),
        },
      ],
    },
  }
}

function article(year: number, areaIndex: number): Doc {
  const area = areas[areaIndex]!
  const slug = `exempelartikel-${area.slug}`
  return {
    ...base(`article-${year}-${area.slug}`, 'article'),
    title: `Exempelartikel om ${area.title.toLowerCase()} ${year}`,
    slug: { _type: 'slug', current: slug },
    publishedAt: `${year + 1}-03-01`,
    legacyPath: `/${year + 1}/03/01/${slug}/`,
    lead: `En påhittad artikel om ${REGION} under ${year}, skriven för att mäta appen.`,
    body: [
      block(prose(200)),
      block(prose(180)),
      block(
        `${REGION} finns inte. Den här texten är påhittad och lika lång som en vanlig artikel i en årsberättelse, så att sidorna väger som på riktigt.`,
      ),
      block('En rubrik i artikeln', 'h2'),
      block(
        `Under ${year} gjorde regionen ingenting av det som står här. Siffrorna är avrundade exempel: 1 000, 2 000 och 10 000.`,
      ),
      block('Ännu en rubrik', 'h2'),
      block(
        'Texten fortsätter med några meningar till, för att en artikel brukar ha flera stycken med mellanrubriker, citat och länkar att läsa vidare.',
      ),
    ],
    readMore: [],
  }
}

function yearDocs(year: number): Doc[] {
  const docs: Doc[] = []
  const areaIds: string[] = []
  areas.forEach((area, areaIndex) => {
    const statistics = Array.from({ length: area.statistics }, (_, n) => statistic(year, areaIndex, n))
    const articles = Array.from({ length: area.articles }, () => article(year, areaIndex))
    const id = `area-${year}-${area.slug}`
    areaIds.push(id)
    docs.push(...statistics, ...articles, {
      ...base(id, 'area'),
      title: area.title,
      slug: { _type: 'slug', current: area.slug },
      subtitle: `${area.title} i ${REGION}, påhittat`,
      icon: area.icon,
      intro: [
        block(`Här står vad ${REGION} gjorde inom ${area.title.toLowerCase()} under ${year}. Allt är påhittat.`),
        block('Ett andra stycke med avrundade exempeltal: 5 000 besök, 20 000 resor och 100 evenemang.'),
      ],
      plainLanguage: [
        block(`Lättläst: ${REGION} är en påhittad region. Här står lite om ${area.title.toLowerCase()}.`),
      ],
      statistics: statistics.map((doc) => ref(doc._id)),
      articles: articles.map((doc) => ref(doc._id)),
    })
  })
  docs.push({
    ...base(`report-${year}`, 'report'),
    year,
    title: `Årsberättelse ${year}`,
    description: `${REGION}s årsberättelse för ${year}, med påhittade och avrundade siffror.`,
    areas: areaIds.map(ref),
  })
  return docs
}

/** The site-wide singletons (interface texts, help, footer, statement) of the sample dataset, with the region's name replaced. */
function singletons(root: string): Doc[] {
  return readFileSync(join(root, 'sanity', 'dataset', 'production.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc)
    .filter((doc) => !['report', 'area', 'statistic', 'article'].includes(doc._type))
    .map(
      (doc) =>
        JSON.parse(JSON.stringify(doc).replaceAll('Region Kronoberg', REGION).replaceAll('Kronoberg', REGION)) as Doc,
    )
}

export interface ScaleDataset {
  ndjson: string
  years: number[]
  documents: number
}

export function scaleDataset(factor: number, root: string): ScaleDataset {
  keyCounter = 0
  seed = 1
  const years = Array.from({ length: YEARS_AT_1X * factor }, (_, i) => NEWEST_YEAR - i)
  const docs = [...singletons(root), ...years.flatMap(yearDocs)]
  return { ndjson: docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n', years, documents: docs.length }
}
