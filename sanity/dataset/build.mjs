/**
 * Builds the bundled sample dataset: Region Kronoberg's annual reports 2017, 2018 and 2019.
 *
 *   node sanity/dataset/build.mjs
 *
 * writes sanity/dataset/production.ndjson (Sanity's export format, one document per line), which
 * the app reads when no Sanity project is configured and which `npm run dataset:import` imports into
 * a project, with the images in images/ (see sanity/README.md, "Images in the sample dataset").
 *
 * Edit the content here, never the NDJSON file: the file is regenerated from this one. The output
 * is byte-identical on every run. Keys are derived from each object's place in its document and
 * timestamps are fixed, so a diff of the NDJSON shows only real content changes.
 *
 * Every figure comes from the project's fact sheet (figures with their sources) or from the
 * owner's own texts. A figure the fact sheet marks as uncertain says so in its info text.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** When the sample dataset was put together; every document carries it. */
const TIMESTAMP = '2026-11-22T00:00:00Z'

// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------

/** FNV-1a (64 bit) of a string, as 12 hex digits: short, stable and well spread. */
function hashKey(text) {
  let hash = 0xcbf29ce484222325n
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte)
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn
  }
  // Final mix (from MurmurHash3), so that paths differing in one character differ in every digit.
  const mask = 0xffffffffffffffffn
  hash ^= hash >> 33n
  hash = (hash * 0xff51afd7ed558ccdn) & mask
  hash ^= hash >> 33n
  hash = (hash * 0xc4ceb9fe1a85ec53n) & mask
  hash ^= hash >> 33n
  return hash.toString(16).padStart(16, '0').slice(0, 12)
}

/** Deterministic _key for the object at `path` inside document `id`. */
const key = (id, path) => hashKey(`${id}:${path}`)

/**
 * Gives every object inside an array a `_key`, derived from the document id and the object's
 * path. Link annotations get keys the same way, and the spans that use them are updated to match.
 */
function withKeys(node, id, path = '') {
  if (Array.isArray(node)) {
    return node.map((item, index) => {
      const itemPath = `${path}[${index}]`
      if (item === null || typeof item !== 'object' || Array.isArray(item)) return withKeys(item, id, itemPath)
      const { _type, _key, ...rest } = withKeys(item, id, itemPath)
      const keyed = _type === undefined ? {} : { _type }
      keyed._key = key(id, itemPath)
      return Object.assign(keyed, rest)
    })
  }
  if (node === null || typeof node !== 'object') return node
  const out = {}
  for (const [field, value] of Object.entries(node)) out[field] = withKeys(value, id, `${path}.${field}`)
  if (Array.isArray(node.markDefs) && Array.isArray(node.children)) {
    const renamed = new Map(node.markDefs.map((def, index) => [def._key, out.markDefs[index]._key]))
    out.children = out.children.map((child) =>
      Array.isArray(child.marks) ? { ...child, marks: child.marks.map((mark) => renamed.get(mark) ?? mark) } : child,
    )
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const slug = (current) => ({ _type: 'slug', current })
const ref = (id) => ({ _type: 'reference', _ref: id })
const span = (text, marks = []) => ({ _type: 'span', text, marks })

/** A link inside a paragraph: `p('Läs ', link('här', 'https://…'), '.')`. */
const link = (text, href) => ({ isLink: true, text, href })

/** A Portable Text block from strings and links. */
function block(style, parts) {
  const markDefs = []
  const children = parts.map((part) => {
    if (typeof part === 'string') return span(part)
    const mark = `link-${markDefs.length}`
    markDefs.push({ _type: 'link', _key: mark, href: part.href })
    return span(part.text, [mark])
  })
  return { _type: 'block', style, markDefs, children }
}

/** A paragraph. */
const p = (...parts) => block('normal', parts)
/** An article's sub-heading. */
const h2 = (text) => block('h2', [text])
/** A quote in an article body. A role-holder quoted without a name has the title as `name`. */
const quote = (text, name, role) => ({ _type: 'quote', text, name, ...(role ? { role } : {}) })

/** A number in a headline, formatted by the app (sv-SE): `fig(6.8, { decimals: 1 })`. */
function fig(value, { decimals, unit } = {}) {
  return {
    _type: 'headlineFigure',
    value,
    ...(decimals === undefined ? {} : { decimals }),
    ...(unit === undefined ? {} : { unit }),
  }
}

/** A headline: one block of text and figures. The first figure is the statistic's headline value. */
function headline(...parts) {
  const children = parts.filter((part) => part !== '').map((part) => (typeof part === 'string' ? span(part) : part))
  return [{ _type: 'block', style: 'normal', markDefs: [], children }]
}

const series = (name, values) => ({ _type: 'chartSeries', name, values })
const chart = (type, { title, unit, categories, series: all }) => ({
  _type: 'chart',
  type,
  title,
  unit,
  categories,
  series: all,
})
const noChart = () => ({ _type: 'chart', type: 'none' })

const source = ({ name, url }) => ({ _type: 'source', name, ...(url ? { url } : {}) })
const readMore = (label, url) => ({ _type: 'readMoreLink', label, url })

function doc(_id, _type, fields) {
  return { _id, _type, _createdAt: TIMESTAMP, _updatedAt: TIMESTAMP, ...fields }
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const SOURCES = {
  report2017Healthcare: {
    name: 'Region Kronoberg, Årsberättelse 2017: Hälso- och sjukvård',
    url: 'http://arsberattelse.kronoberg.se/arsberattelser/2017/?omrade=sjukvard',
  },
  report2018Healthcare: {
    name: 'Region Kronoberg, Årsberättelse 2018: Hälso- och sjukvård',
    url: 'http://arsberattelse.kronoberg.se/arsberattelser/2018/?omrade=sjukvard',
  },
  report2018Home: {
    name: 'Region Kronoberg, Årsberättelse 2018: startsidan',
    url: 'http://arsberattelse.kronoberg.se/arsberattelser/2018/?omrade=&level=1&dir=r&home=true',
  },
  report2017Development: {
    name: 'Region Kronoberg, Årsberättelse 2017: Regional utveckling och kultur',
    url: 'http://arsberattelse.kronoberg.se/arsberattelser/2017/?omrade=reg_utv',
  },
  report2018Development: {
    name: 'Region Kronoberg, Årsberättelse 2018: Regional utveckling och kultur',
    url: 'http://arsberattelse.kronoberg.se/arsberattelser/2018/?omrade=reg_utv',
  },
  hearingWait: {
    name: 'Centerpartiet i Kronoberg: nyhet från regionfullmäktige i september 2017',
    url: 'https://www.centerpartiet.se/lokal/kronoberg/startsida/nyheter/nyheter/2017-09-28-regionfullmaktige',
  },
  smalanningen2018: {
    name: 'Smålänningen: ”110 miljoner plus för regionen”',
    url: 'https://www.smalanningen.se/artikel/110-miljoner-plus-for-regionen',
  },
  queueBillion: {
    name: 'Region Kronoberg, pressmeddelande: Förbättrad tillgänglighet ger Region Kronoberg totalt 50 miljoner ur kömiljarden',
    url: 'https://www.pressmachine.se/pressrelease/view/forbattrad-tillganglighet-ger-region-kronoberg-totalt-50-miljoner-ur-komiljarden-16520',
  },
  costs2019: {
    name: 'Centerpartiet i Kronoberg: ”Kostnadsökningar ett bekymmer för regionen”, mars 2020',
    url: 'https://www.centerpartiet.se/lokal/kronoberg/startsida/nyheter/nyheter/2020-03-06-kostnadsokningar-ett-bekymmer-for-regionen',
  },
  strategy: {
    name: 'Region Kronoberg: Närmare kronobergaren – hälso- och sjukvårdens utvecklingsstrategi',
    url: 'https://www.regionkronoberg.se/vardgivare/arbetsomraden-processer/nara-vard/narmare-kronobergaren---halso-och-sjukvardens-utvecklingsstrategi/',
  },
  travel2016: {
    name: 'Länstrafiken Kronoberg: Lyckade kollektivtrafiksatsningar bidrar till fler och nöjdare resenärer',
    url: 'https://www.lanstrafikenkron.se/a/lyckade-kollektivtrafiksatsningar-bidrar-till-fler-och-nojdare-resenarer',
  },
  travel2017: {
    name: 'Länstrafiken Kronoberg: Ökat resande med kollektivtrafiken i Kronobergs län',
    url: 'https://ltk-test.wm3.se/a/okat-resande-med-kollektivtrafiken-i-kronobergs-lan',
  },
  trafficCommittee2017: {
    name: 'Region Kronoberg, trafiknämndens handlingar med verksamhetsberättelse för 2017',
    url: 'https://docplayer.se/108095985-Trafiknamnden-datum-tid-09-00-14-00-plats-vidostern-region-kronoberg-nygatan-20-vaxjo.html',
  },
  travel2018: {
    name: 'Länstrafiken Kronoberg: Ökat resande och fortsatt hög kundnöjdhet',
    url: 'https://ltk.wm3.se/a/okat-resande-och-fortsatt-hog-kundnojdhet',
  },
  transportFacts: {
    name: 'Region Kronoberg: Kollektivtrafik – Länstrafiken Kronoberg',
    url: 'http://www.regionkronoberg.se/resor-och-trafik/kollektivtrafik-lanstrafiken-kronoberg/',
  },
  summerCard: {
    name: 'Länstrafiken Kronoberg: Fria resor för skolungdomar i sommar',
    url: 'https://ltk-test.wm3.se/a/fria-resor-for-skolungdomar-i-sommar',
  },
  satisfaction2019: {
    name: 'Teller Report: Fler resenärer nöjda med kollektivtrafiken i Småland (februari 2020)',
    url: 'https://www.tellerreport.com/news/2020-02-26---more-travelers-satisfied-with-public-transport-in-sm%C3%A5land-.r1fbTOrE4L.html',
  },
  prices2019: {
    name: 'Länstrafiken Kronoberg, pressmeddelande om nya priser och kontantfria bussar',
    url: 'https://www.lanstrafikenkron.se/a/pressmeddelande',
  },
  strategyConsultation: {
    name: 'Region Kronoberg, pressmeddelande: Aktualiserad utvecklingsstrategi nu på remiss',
    url: 'https://www.pressmachine.se/pressrelease/view/aktualiserad-utvecklingsstrategi-nu-pa-remiss-9921',
  },
  greenGoals: {
    name: 'Region Kronoberg: Gröna Kronoberg 2025 – målområden och mål',
    url: 'https://www.regionkronoberg.se/gronakronoberg/utvecklingsstrategi/malomraden-och-mal-prioriteringar/',
  },
  artsCouncil: {
    name: 'Region Kronoberg: 2,1 miljoner till utveckling av kultur i Kronoberg',
    url: 'http://www.regionkronoberg.se/nyheter/21-miljoner-till-utveckling-av-kultur-i-kronoberg/',
  },
  sagobygden: {
    name: 'Region Kronoberg: Sagobygden har nu en plats i Unescos register',
    url: 'http://www.regionkronoberg.se/nyheter/sagobygden-har-nu-en-plats-i-unesco-register/',
  },
  scensommar: {
    name: 'Region Kronoberg: Scensommar i hela Kronoberg',
    url: 'http://www.regionkronoberg.se/nyheter/scensommar-i-hela-kronoberg/',
  },
  culturePlan: {
    name: 'Region Kronoberg: Så ska kulturen utvecklas i Kronoberg',
    url: 'http://www.regionkronoberg.se/nyheter/sa-ska-kulturen-utvecklas-i-kronoberg/',
  },
  accounts2017: {
    name: 'Region Kronoberg: Bokslutskommuniké för Region Kronoberg 2017',
    url: 'http://www.regionkronoberg.se/nyheter/bokslutskommunike-for-region-kronoberg-2017/',
  },
  accounts2019: {
    name: 'Region Kronoberg: Bokslutskommuniké 2019',
    url: 'http://www.regionkronoberg.se/nyheter/bokslutskommunike-2019/',
  },
  taxRate2017: { name: 'Region Kronoberg, regional skattesats för 2017' },
}

// Shared explanations, so that the same statistic explains itself the same way every year.
const NKI_DEFINITION = p(
  'Nöjd kund-index (NKI) visar hur nöjda resenärerna är med buss- och tågtrafiken som helhet. Måttet bygger på en enkätundersökning som görs varje år.',
)
const NKI_METHOD_CHANGE = p(
  'Undersökningens metod ändrades 2017. Resultaten för åren före 2017 går därför inte att jämföra rakt av med de senare åren.',
)
const NKI_SERIES = { 2014: 66, 2015: 69, 2016: 72, 2017: 68, 2018: 68, 2019: 70 }

function nkiChart(lastYear) {
  const years = Object.keys(NKI_SERIES).filter((year) => Number(year) <= lastYear)
  return chart('line', {
    title: `Nöjd kund-index för buss och tåg ${years[0]}–${lastYear}`,
    unit: '%',
    categories: years,
    series: [
      series(
        'NKI',
        years.map((year) => NKI_SERIES[year]),
      ),
    ],
  })
}

const GOALS_DEFINITION = p(
  'Gröna Kronoberg 2025 är länets utvecklingsstrategi. Den har tio mål för hur länet ska utvecklas fram till 2025, till exempel att fler ska flytta till Kronoberg från andra delar av Sverige och att utsläppen av fossil koldioxid ska minska till 1,5 ton per invånare och år.',
)

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

function statisticDoc(
  year,
  { key: statKey, slug: statSlug, formerSlugs, title, headline: text, unit, period, info, source: src, chart: graph },
) {
  return doc(`statistic-${year}-${statKey}`, 'statistic', {
    title,
    slug: slug(statSlug),
    // Slugs the statistic had before it was renamed: their URLs lead to it still.
    ...(formerSlugs ? { formerSlugs } : {}),
    key: statKey,
    headline: text,
    unit,
    period,
    info,
    source: source(src),
    chart: graph ?? noChart(),
  })
}

function articleDoc(year, { title, slug: articleSlug, legacyPath, publishedAt, lead, body, readMore: links = [] }) {
  const mainImage = ARTICLE_IMAGES[year]?.[articleSlug]
  const bodyImage = ARTICLE_BODY_IMAGES[year]?.[articleSlug]
  return doc(`article-${year}-${articleSlug}`, 'article', {
    title,
    slug: slug(articleSlug),
    // The article's address on the previous report site (old links lead to it).
    ...(legacyPath ? { legacyPath } : {}),
    publishedAt,
    lead,
    ...(mainImage ? { mainImage } : {}),
    body: bodyImage
      ? [...body.slice(0, bodyImage.after + 1), bodyImage.image, ...body.slice(bodyImage.after + 1)]
      : body,
    readMore: links,
  })
}

/** A report with its areas, statistics and articles, in reading order. */
function reportDocs({ year, description, areas }) {
  const areaDocs = []
  const statisticDocs = []
  const articleDocs = []
  for (const area of areas) {
    const statistics = area.statistics.map((statistic) => statisticDoc(year, statistic))
    const articles = (area.articles ?? []).map((article) => articleDoc(year, article))
    areaDocs.push(
      doc(`area-${year}-${area.slug}`, 'area', {
        title: area.title,
        slug: slug(area.slug),
        // The area's `?omrade=` code on the previous report site (old links lead to it).
        ...(area.legacyCode ? { legacyCode: area.legacyCode } : {}),
        subtitle: area.subtitle,
        icon: area.icon,
        ...(AREA_IMAGES[year]?.[area.slug] ? { leadImage: AREA_IMAGES[year][area.slug] } : {}),
        intro: area.intro,
        ...(PLAIN_LANGUAGE[year]?.[area.slug] ? { plainLanguage: PLAIN_LANGUAGE[year][area.slug] } : {}),
        statistics: statistics.map((statistic) => ref(statistic._id)),
        articles: articles.map((article) => ref(article._id)),
      }),
    )
    statisticDocs.push(...statistics)
    articleDocs.push(...articles)
  }
  const report = doc(`report-${year}`, 'report', {
    year,
    title: `Årsberättelse ${year}`,
    description,
    areas: areaDocs.map((area) => ref(area._id)),
  })
  return [report, ...areaDocs, ...statisticDocs, ...articleDocs]
}

// Areas appear in this order every year, with the same slugs and icons.
const ECONOMY = { slug: 'ekonomi', title: 'Ekonomi', icon: 'economy' }
// legacyCode: the `?omrade=` codes of the previous site (the economy home screen had none).
const HEALTHCARE = {
  slug: 'halso-och-sjukvard',
  title: 'Hälso- och sjukvård',
  icon: 'healthcare',
  legacyCode: 'sjukvard',
}
const TRANSPORT = { slug: 'kollektivtrafik', title: 'Kollektivtrafik', icon: 'transport' }
const DEVELOPMENT = {
  slug: 'regional-utveckling',
  legacyCode: 'reg_utv',
  title: 'Regional utveckling',
  subtitle: 'Utveckling och tillväxt – mål',
  icon: 'development',
}
const CULTURE = { slug: 'kultur', title: 'Kultur', icon: 'culture' }

// ---------------------------------------------------------------------------------------------
// 2017
// ---------------------------------------------------------------------------------------------

const report2017 = {
  year: 2017,
  description:
    'Region Kronobergs årsberättelse för 2017: vårdbesök, resor med Länstrafiken, länets utveckling, kultur och regionens ekonomi i siffror och korta artiklar.',
  areas: [
    {
      ...ECONOMY,
      subtitle: 'Regionens ekonomi i korthet',
      intro: [
        p('Här får du en överblick över Region Kronobergs ekonomi under 2017: årets resultat och skattesatsen.'),
        p(
          'Året slutade med ett resultat på 84 miljoner kronor. Det var bättre än resultatmålet, som låg på 62 miljoner kronor.',
        ),
      ],
      statistics: [
        {
          key: 'ekonomi-resultat',
          slug: 'resultat',
          title: 'Årets resultat',
          headline: headline(
            'Region Kronoberg redovisade ett resultat på ',
            fig(84, { unit: 'mnkr' }),
            ' för 2017. Målet var ',
            fig(62, { unit: 'mnkr' }),
            '.',
          ),
          unit: 'miljoner kronor',
          period: '2017',
          info: [
            p(
              'Resultatet är skillnaden mellan regionens intäkter och kostnader under året. Resultatmålet bestäms i budgeten.',
            ),
            p('Resultatet för 2017 blev 84 miljoner kronor, vilket är bättre än målet på 62 miljoner kronor.'),
          ],
          source: SOURCES.accounts2017,
          chart: chart('bar', {
            title: 'Resultat och resultatmål 2017',
            unit: 'mnkr',
            categories: ['Resultat', 'Resultatmål'],
            series: [series('Miljoner kronor', [84, 62])],
          }),
        },
        {
          key: 'ekonomi-skattesats',
          slug: 'skattesats',
          title: 'Regionens skattesats',
          headline: headline(
            'Skattesatsen till Region Kronoberg var ',
            fig(11.6, { decimals: 2, unit: '%' }),
            ' 2017.',
          ),
          unit: 'procent',
          period: '2017',
          info: [
            p(
              'Skattesatsen är den del av den beskattningsbara inkomsten som går till regionen. Den anges ofta i kronor per hundralapp: 11,60 kronor av varje hundralapp, vilket är detsamma som 11,60 procent.',
            ),
          ],
          source: SOURCES.taxRate2017,
        },
      ],
    },
    {
      ...HEALTHCARE,
      subtitle: 'Kronobergarnas vårdkonsumtion',
      intro: [
        p(
          'Region Kronoberg arbetar för att kunna erbjuda vård och hälsofrämjande insatser med hög kvalitet och god tillgänglighet.',
        ),
        p(
          'Under 2017 gjorde kronobergarna drygt en miljon besök i hälso- och sjukvården. I november antogs utvecklingsstrategin Närmare kronobergaren, som pekar ut riktningen för vården fram till 2027. Väntetiden till hörselundersökning blev också betydligt kortare under året.',
        ),
      ],
      statistics: [
        {
          key: 'vard-besok',
          slug: 'besok',
          title: 'Besök i hälso- och sjukvården',
          headline: headline(
            'Kronobergarna gjorde ',
            fig(1022538),
            ' besök i hälso- och sjukvården 2017. Det betyder att kronobergarna i snitt gjorde ',
            fig(6.8, { decimals: 1 }),
            ' besök per patient. Av besöken var ',
            fig(430191),
            ' besök till läkare och ',
            fig(592347),
            ' besök till annan yrkeskategori.',
          ),
          unit: 'besök',
          period: '2017',
          info: [
            p(
              'Statistiken räknar de besök som kronobergarna gjorde under året i den hälso- och sjukvård som Region Kronoberg ansvarar för, både hos läkare och hos andra yrkesgrupper, till exempel sjuksköterskor.',
            ),
            p('Besök per patient är genomsnittet för alla som gjorde minst ett besök under året.'),
          ],
          source: SOURCES.report2017Healthcare,
          chart: chart('donut', {
            title: 'Besök efter yrkesgrupp 2017',
            unit: 'besök',
            categories: ['Läkare', 'Annan yrkeskategori'],
            series: [series('Besök', [430191, 592347])],
          }),
        },
        {
          key: 'vard-besok-per-patient',
          slug: 'besok-per-patient',
          title: 'Besök per patient',
          headline: headline(
            'Varje patient gjorde i snitt ',
            fig(6.8, { decimals: 1 }),
            ' besök i hälso- och sjukvården under 2017.',
          ),
          unit: 'besök per patient',
          period: '2017',
          info: [
            p(
              'Genomsnittligt antal besök för dem som gjorde minst ett besök i hälso- och sjukvården under året. Alla besök räknas, både hos läkare och hos andra yrkesgrupper.',
            ),
          ],
          source: SOURCES.report2017Healthcare,
        },
        {
          key: 'vard-vantetid-horsel',
          slug: 'vantetid-horselundersokning',
          title: 'Väntetid till hörselundersökning',
          headline: headline(
            'Väntetiden till en hörselundersökning kortades till ',
            fig(26),
            ' veckor, från ',
            fig(75),
            ' veckor året innan.',
          ),
          unit: 'veckor',
          period: '2016–2017',
          info: [
            p('Hur många veckor den som har fått en remiss behöver vänta på att få sin hörsel undersökt.'),
            p(
              'Uppgiften redovisades i samband med regionfullmäktiges sammanträde i september 2017 och beskriver läget då jämfört med 2016. Den kommer inte från regionens officiella väntetidsstatistik.',
            ),
          ],
          source: SOURCES.hearingWait,
          chart: chart('bar', {
            title: 'Väntetid till hörselundersökning',
            unit: 'veckor',
            categories: ['2016', '2017'],
            series: [series('Väntetid i veckor', [75, 26])],
          }),
        },
      ],
    },
    {
      ...TRANSPORT,
      subtitle: 'Resor med Länstrafiken Kronoberg',
      intro: [
        p('Länstrafiken Kronoberg är Region Kronobergs kollektivtrafik med bussar och tåg i hela länet.'),
        p(
          'Under 2017 ökade resandet för åttonde året i rad, och för första gången gjordes mer än tio miljoner resor i linjetrafiken på ett år. Mest ökade resorna med stadsbuss. Kundnöjdheten sjönk något, men trafiknämndens ekonomi blev bättre än budgeterat.',
        ),
      ],
      statistics: [
        {
          key: 'resor-totalt',
          slug: 'resor',
          title: 'Resor i kollektivtrafiken',
          headline: headline(
            'Resenärerna gjorde ',
            fig(10.124, { decimals: 3 }),
            ' miljoner resor i linjetrafiken 2017, en ökning med ',
            fig(3.8, { decimals: 1, unit: '%' }),
            '. Det är första gången resorna blir fler än ',
            fig(10),
            ' miljoner på ett år.',
          ),
          unit: 'miljoner resor',
          period: '2017',
          info: [
            p(
              'Antalet resor med Länstrafikens bussar och tåg i linjetrafik, alltså den trafik som går efter tidtabell och är öppen för alla. Under 2017 gjordes 10 124 000 resor. Det var åttonde året i rad som resandet ökade.',
            ),
            p(
              'Resorna med tåg ökade med 5,1 procent och resorna med stadsbuss med 7,5 procent, medan resorna med regionbuss minskade med 1,9 procent.',
            ),
          ],
          source: SOURCES.travel2017,
          chart: chart('bar', {
            title: 'Resor per trafikslag 2017',
            unit: 'miljoner resor',
            categories: ['Tåg', 'Regionbuss', 'Stadsbuss'],
            series: [series('Miljoner resor', [3.1, 3.0, 4.0])],
          }),
        },
        {
          key: 'resor-stadsbuss',
          slug: 'stadsbuss',
          title: 'Resor med stadsbuss',
          headline: headline(
            'Stadsbussarna hade omkring ',
            fig(4, { decimals: 1 }),
            ' miljoner resor 2017, en ökning med ',
            fig(7.5, { decimals: 1, unit: '%' }),
            '.',
          ),
          unit: 'miljoner resor',
          period: '2017',
          info: [
            p('Antalet resor med stadsbussarna under året. Stadsbussen var det trafikslag som ökade mest under 2017.'),
            p(
              'Året innan, 2016, gjordes omkring 3,6 miljoner resor med stadsbussarna i Växjö, en ökning med 7,8 procent.',
            ),
          ],
          source: SOURCES.travel2017,
        },
        {
          key: 'nki-buss-tag',
          slug: 'nojd-kund-index',
          title: 'Nöjda resenärer med buss och tåg',
          headline: headline(
            'Nöjd kund-index för buss och tåg blev ',
            fig(68, { unit: '%' }),
            ' 2017, ',
            fig(4),
            ' procentenheter lägre än 2016.',
          ),
          unit: 'procent',
          period: '2017',
          info: [NKI_DEFINITION, NKI_METHOD_CHANGE],
          source: SOURCES.trafficCommittee2017,
          chart: nkiChart(2017),
        },
        {
          key: 'nki-sarskild-kollektivtrafik',
          slug: 'nojd-kund-index-sarskild-kollektivtrafik',
          title: 'Nöjda resenärer i den särskilda kollektivtrafiken',
          headline: headline(
            'Nöjd kund-index för den särskilda kollektivtrafiken blev ',
            fig(76, { unit: '%' }),
            ' 2017.',
          ),
          unit: 'procent',
          period: '2017',
          info: [
            p(
              'Särskild kollektivtrafik är resor för den som inte kan åka med den vanliga kollektivtrafiken, till exempel färdtjänst och sjukresor. Nöjd kund-index visar hur nöjda resenärerna är med resorna som helhet.',
            ),
          ],
          source: SOURCES.trafficCommittee2017,
        },
        {
          key: 'kollektivtrafik-resultat',
          slug: 'resultat',
          title: 'Trafiknämndens resultat',
          headline: headline(
            'Trafiknämndens resultat blev ',
            fig(16, { decimals: 1, unit: 'mnkr' }),
            ' bättre än budget 2017.',
          ),
          unit: 'miljoner kronor',
          period: '2017',
          info: [
            p(
              'Trafiknämnden ansvarar för kollektivtrafiken i Region Kronoberg. Siffran visar hur mycket bättre nämndens ekonomiska resultat blev jämfört med budgeten för året.',
            ),
          ],
          source: SOURCES.trafficCommittee2017,
        },
      ],
      articles: [
        {
          title: 'Krösatågstrafik upphandlades',
          slug: 'krosatagstrafik-upphandlades',
          legacyPath: '/2018/03/12/krosatagstrafik-upphandlades/',
          publishedAt: '2018-03-12',
          lead: 'Sex trafikhuvudmän har tillsammans upphandlat trafiken med Krösatågen. Den nya operatören tar över den 9 december 2018.',
          body: [
            p(
              'Krösatågen går över flera länsgränser, och därför har sex trafikhuvudmän gjort upphandlingen tillsammans. Länstrafiken Kronoberg är en av dem.',
            ),
            h2('Avtal på nio år'),
            p(
              'Det nya avtalet gäller i nio år från trafikstarten den 9 december 2018. Därefter finns möjlighet att förlänga det med ytterligare tre år.',
            ),
            h2('Ersättning efter nöjda resenärer'),
            p(
              'En del av den ersättning som operatören får hänger ihop med hur nöjda resenärerna är och hur punktligt tågen går. På så sätt lönar det sig för operatören att sätta resenärerna i centrum.',
            ),
            quote(
              'Vi vill att resenärerna ska märka skillnad. När en del av ersättningen beror på hur nöjda resenärerna är och hur punktligt tågen går, blir det tydligt vad som är viktigast i trafiken.',
              'Länstrafiken Kronobergs trafikdirektör',
            ),
          ],
        },
      ],
    },
    {
      ...DEVELOPMENT,
      intro: [
        GOALS_DEFINITION,
        p(
          'Region Kronoberg följer varje år upp hur det går för länet. I uppföljningen för 2017 var tre av de tio målen på väg att nås. Befolkningen växer, fler har arbete och produktiviteten har ökat mer än i något annat län.',
        ),
      ],
      statistics: [
        {
          key: 'utveckling-mal',
          slug: 'mal',
          title: 'Målen i Gröna Kronoberg 2025',
          headline: headline('', fig(3), ' av de ', fig(10), ' målen i länets utvecklingsstrategi är på väg att nås.'),
          unit: 'mål',
          period: '2017',
          info: [
            GOALS_DEFINITION,
            p('Uppföljningen visar hur många av målen som utvecklas i rätt takt för att nås till 2025.'),
          ],
          source: SOURCES.report2017Development,
          chart: chart('bar', {
            title: 'Målen i Gröna Kronoberg 2025',
            unit: 'mål',
            categories: ['På väg att nås', 'Alla mål'],
            series: [series('Antal mål', [3, 10])],
          }),
        },
        {
          key: 'utveckling-befolkning',
          slug: 'befolkning',
          title: 'Befolkningens ökning',
          headline: headline(
            'Befolkningen i Kronobergs län ökade med ',
            fig(4.3, { decimals: 1, unit: '%' }),
            ' mellan 2014 och 2017. Det var den fjärde största ökningen i landet.',
          ),
          unit: 'procent',
          period: '2014–2017',
          info: [
            p(
              'Hur mycket befolkningen i länet har ökat i procent under perioden, jämfört med andra län. Befolkningens utveckling är ett av de områden som följs upp i utvecklingsstrategin Gröna Kronoberg 2025.',
            ),
          ],
          source: SOURCES.report2017Development,
        },
        {
          key: 'utveckling-sysselsattning',
          slug: 'sysselsattning',
          title: 'Sysselsättningens ökning',
          headline: headline(
            'Antalet sysselsatta i Kronobergs län ökade med ',
            fig(3.7, { decimals: 1, unit: '%' }),
            ' mellan 2014 och 2016, den sjunde största ökningen i landet.',
          ),
          unit: 'procent',
          period: '2014–2016',
          info: [
            p(
              'Hur mycket antalet personer med arbete i länet har ökat i procent under perioden, jämfört med andra län. Sysselsättningsstatistiken blir klar senare än befolkningsstatistiken, och därför slutar perioden ett år tidigare.',
            ),
          ],
          source: SOURCES.report2017Development,
        },
        {
          key: 'utveckling-produktivitet',
          slug: 'produktivitet',
          title: 'Produktivitetens ökning',
          headline: headline(
            'Kronoberg kom på plats ',
            fig(1),
            ' i landet när det gäller hur mycket produktiviteten ökade mellan 2014 och 2016.',
          ),
          unit: 'placering',
          period: '2014–2016',
          info: [
            p(
              'Produktivitet är ett mått på hur mycket som produceras i förhållande till insatsen av arbete. Placeringen visar hur ökningen i Kronoberg stod sig mot andra län: plats 1 betyder den största ökningen i landet.',
            ),
          ],
          source: SOURCES.report2017Development,
        },
      ],
    },
    {
      ...CULTURE,
      subtitle: 'Kultur i hela Kronoberg',
      intro: [
        p(
          'Region Kronoberg arbetar för att kulturen ska nå alla i länet, oavsett var man bor. I november 2017 antogs en ny regional kulturplan för åren 2018–2020.',
        ),
        p('Kronoberg samarbetar också med andra regioner i södra Sverige för att fler ska kunna ta del av kultur.'),
      ],
      statistics: [
        {
          key: 'kultur-kulturplan',
          slug: 'kulturplan',
          title: 'Regional kulturplan 2018–2020',
          headline: headline('Den nya regionala kulturplanen har ', fig(5), ' prioriterade områden.'),
          unit: 'prioriteringar',
          period: '2018–2020',
          info: [
            p(
              'Kulturplanen beskriver hur kulturen i Kronoberg ska utvecklas under planperioden och vad regionen prioriterar. Planen antogs den 8 november 2017 och gäller för 2018–2020.',
            ),
          ],
          source: SOURCES.culturePlan,
        },
        {
          key: 'kultur-sydsvenskt-samarbete',
          slug: 'sydsvenskt-kultursamarbete',
          title: 'Sydsvenskt kultursamarbete',
          headline: headline(
            '',
            fig(6),
            ' regioner i södra Sverige samarbetar om kultur. Samarbetet har ',
            fig(3),
            ' fokusområden.',
          ),
          unit: 'regioner',
          period: '2017',
          info: [
            p(
              'Regionerna i södra Sverige samarbetar för att fler ska kunna ta del av kultur. Samarbetets tre fokusområden är att attrahera, att samverka och att tillgängliggöra.',
            ),
          ],
          source: SOURCES.report2017Development,
        },
      ],
      articles: [
        {
          title: 'Sydsvenskt kultursamarbete ger mer kultur till fler',
          slug: 'sydsvenskt-kultursamarbete-ger-mer-kultur-till-fler',
          legacyPath: '/2018/03/14/sydsvenskt-kultursamarbete-ger-mer-kultur-till-fler/',
          publishedAt: '2018-03-14',
          lead: 'Sex regioner i södra Sverige har gått samman i ett kultursamarbete. Målet är att fler ska kunna ta del av kultur i hela södra Sverige.',
          body: [
            p(
              'Kultur stannar inte vid länsgränsen. Publik, konstnärer och kulturinstitutioner rör sig över hela södra Sverige, och därför samarbetar sex regioner, bland dem Region Kronoberg, om kulturen.',
            ),
            p('Samarbetet bygger på tre fokusområden.'),
            h2('Attrahera'),
            p('Södra Sverige ska vara en plats där kulturskapare vill bo och arbeta och dit publiken söker sig.'),
            h2('Samverka'),
            p(
              'När regionerna arbetar tillsammans kan de göra sådant som vore svårt för en region på egen hand, och dela erfarenheter med varandra.',
            ),
            h2('Tillgängliggöra'),
            p('Kulturen ska nå fler, oavsett var i södra Sverige man bor.'),
          ],
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------------------------
// 2018
// ---------------------------------------------------------------------------------------------

const report2018 = {
  year: 2018,
  description:
    'Så gick 2018 för Region Kronoberg: vårdbesök, resor med Länstrafiken, länets utveckling, kultur och vart skatten går, i siffror och korta artiklar.',
  areas: [
    {
      ...ECONOMY,
      subtitle: 'Din skatt och regionens ekonomi',
      intro: [
        p(
          'Vad betalar du i skatt till Region Kronoberg? Här ser du vad en person med en månadslön på 25 000 kronor betalar till regionen under ett år, hur skattesatsen har förändrats och hur det gick för regionens ekonomi.',
        ),
        p(
          'Skattesatsen var 12,00 procent 2018, jämfört med 11,60 procent året innan. Enligt preliminära siffror slutade året med ett överskott på omkring 110 miljoner kronor.',
        ),
      ],
      statistics: [
        {
          key: 'ekonomi-skatt',
          slug: 'skatten',
          title: 'Din skatt till regionen',
          headline: headline(
            'Omkring ',
            fig(36000, { unit: 'kr' }),
            ' om året betalar den som tjänar ',
            fig(25000, { unit: 'kr' }),
            ' i månaden i skatt till Region Kronoberg, med skattesatsen ',
            fig(12, { decimals: 2, unit: '%' }),
            '.',
          ),
          unit: 'kronor per år',
          period: '2018',
          info: [
            p(
              'Beloppet är ett räkneexempel: regionens skattesats på 12,00 procent för en person som tjänar 25 000 kronor i månaden under ett helt år.',
            ),
            p(
              'I den ursprungliga årsberättelsen delades beloppet upp på åtta delar, som visade vad skatten går till. Vilken verksamhet varje del gällde går inte längre att fastställa säkert, och därför visas här bara det samlade beloppet.',
            ),
          ],
          source: SOURCES.report2018Home,
        },
        {
          key: 'ekonomi-resultat',
          slug: 'resultat',
          title: 'Årets resultat',
          headline: headline(
            'Region Kronobergs resultat för 2018 blev omkring ',
            fig(110, { unit: 'mnkr' }),
            ', enligt preliminära siffror.',
          ),
          unit: 'miljoner kronor',
          period: '2018',
          info: [
            p('Resultatet är skillnaden mellan regionens intäkter och kostnader under året.'),
            p(
              'Siffran för 2018 är osäker: den bygger på det preliminära resultat som redovisades innan bokslutet var klart, och det slutliga resultatet kan skilja sig något.',
            ),
          ],
          source: SOURCES.smalanningen2018,
          chart: chart('bar', {
            title: 'Resultat 2017–2018',
            unit: 'mnkr',
            categories: ['2017', '2018 (preliminärt)'],
            series: [series('Resultat', [84, 110])],
          }),
        },
        {
          key: 'ekonomi-skattesats',
          slug: 'skattesats',
          title: 'Regionens skattesats',
          headline: headline('Skattesatsen till Region Kronoberg var ', fig(12, { decimals: 2, unit: '%' }), ' 2018.'),
          unit: 'procent',
          period: '2018',
          info: [
            p(
              'Skattesatsen är den del av den beskattningsbara inkomsten som går till regionen. 12,00 procent betyder 12 kronor av varje hundralapp. Året innan var skattesatsen 11,60 procent.',
            ),
          ],
          source: SOURCES.report2018Home,
          chart: chart('bar', {
            title: 'Regionens skattesats 2017–2018',
            unit: '%',
            categories: ['2017', '2018'],
            series: [series('Skattesats', [11.6, 12])],
          }),
        },
      ],
      articles: [
        {
          title: 'Överskott i regionens ekonomi 2018',
          slug: 'overskott-i-regionens-ekonomi-2018',
          publishedAt: '2019-02-28',
          lead: 'Region Kronoberg gick med överskott 2018. Enligt de preliminära siffrorna blev resultatet omkring 110 miljoner kronor.',
          body: [
            p(
              'Siffrorna är preliminära och kan ändras något när bokslutet är klart. Resultatet är ändå tydligt bättre än 2017, då regionen redovisade 84 miljoner kronor.',
            ),
            h2('Mindre pengar till hyrpersonal'),
            p(
              'Arbetet med att göra hälso- och sjukvården oberoende av hyrpersonal har bidragit till ett bättre ekonomiskt resultat. Under året minskade kostnaderna för hyrpersonal med omkring 30 miljoner kronor.',
            ),
            h2('Skatten till regionen'),
            p(
              'Skattesatsen till regionen var 12,00 procent 2018, jämfört med 11,60 procent året innan. Den som tjänar 25 000 kronor i månaden betalar alltså omkring 36 000 kronor om året i skatt till Region Kronoberg.',
            ),
          ],
          readMore: [readMore('Smålänningen: 110 miljoner plus för regionen', SOURCES.smalanningen2018.url)],
        },
      ],
    },
    {
      ...HEALTHCARE,
      subtitle: 'Kronobergarnas vårdkonsumtion',
      intro: [
        p(
          'Region kronobergs mål är driva ett aktivt arbete för att kunna erbjuda vård och hälsofrämjande åtgärder som präglas av hög kvalitet och tillgänglighet.',
        ),
        p(
          'Det har varit ett händelserikt år inom hälso- och sjukvården i Region Kronoberg. Under 2018 har riktningen mot år 2027 och den utvecklingsresa som ska ta vården ”närmare kronobergaren” blivit allt tydligare. En struktur för genomförandet av hälso- och sjukvårdens utvecklingsstrategi börjar ta form och flera verksamheter har omsatt strategin i aktiviteter med stöd av sina verksamhetsplaner.',
        ),
        p(
          'Under året har också flera viktiga samarbeten inletts mellan hälso- och sjukvården och andra aktörer i länet. Barnens bästa gäller i Kronoberg är ett exempel där Region Kronoberg och länets kommuner gemensamt arbetar för tidiga och samordnade insatser för barnens bästa. Ett annat exempel är det länsgemensamma arbetet för att förbättra den psykiska hälsan i Kronoberg, där Region Kronoberg, kommuner och brukarorganisationer har en gemensam handlingsplan och genomför insatser tillsammans. Under 2018 öppnades även integrerade missbruks- och beroendemottagningar i Ljungby och Växjö. Här erbjuder Region Kronoberg och Kronobergs kommuner samlad spetskompetens inom beroende och missbruk.',
        ),
        p(
          'Ett fortsatt viktigt arbete som präglat hälso- och sjukvården under året är satsningen för att bli oberoende av hyrpersonal. Syftet är att alla i Kronoberg ska kunna få en god hälso- och sjukvård även i framtiden och att förbättra arbetsmiljön för vårdpersonalen i Region Kronoberg. Arbetet har varit utmanande inom delar av hälso- och sjukvården, men också gett goda resultat i form av mindre användande av hyrpersonal och förbättrat ekonomiskt resultat.',
        ),
      ],
      statistics: [
        {
          key: 'vard-besok',
          slug: 'besok',
          formerSlugs: ['vardbesok'],
          title: 'Besök i hälso- och sjukvården',
          headline: headline(
            'Kronobergarna gjorde ',
            fig(1037034),
            ' besök i hälso- och sjukvården 2018. Det betyder att kronobergarna i snitt gjorde ',
            fig(6.8, { decimals: 1 }),
            ' besök per patient. Av besöken var ',
            fig(424868),
            ' besök till läkare och ',
            fig(612166),
            ' besök till annan yrkeskategori.',
          ),
          unit: 'besök',
          period: '2018',
          info: [
            p(
              'Statistiken räknar de besök som kronobergarna gjorde under året i den hälso- och sjukvård som Region Kronoberg ansvarar för, både hos läkare och hos andra yrkesgrupper, till exempel sjuksköterskor.',
            ),
            p('Besök per patient är genomsnittet för alla som gjorde minst ett besök under året.'),
          ],
          source: SOURCES.report2018Healthcare,
          chart: chart('donut', {
            title: 'Besök efter yrkesgrupp 2018',
            unit: 'besök',
            categories: ['Läkare', 'Annan yrkeskategori'],
            series: [series('Besök', [424868, 612166])],
          }),
        },
        {
          key: 'vard-besok-per-patient',
          slug: 'besok-per-patient',
          title: 'Besök per patient',
          headline: headline(
            'Varje patient gjorde i snitt ',
            fig(6.8, { decimals: 1 }),
            ' besök i hälso- och sjukvården under 2018, lika många som året innan.',
          ),
          unit: 'besök per patient',
          period: '2018',
          info: [
            p(
              'Genomsnittligt antal besök för dem som gjorde minst ett besök i hälso- och sjukvården under året. Alla besök räknas, både hos läkare och hos andra yrkesgrupper.',
            ),
          ],
          source: SOURCES.report2018Healthcare,
          chart: chart('bar', {
            title: 'Besök per patient 2017–2018',
            unit: 'besök per patient',
            categories: ['2017', '2018'],
            series: [series('Besök per patient', [6.8, 6.8])],
          }),
        },
        {
          key: 'vard-hyrpersonal-minskning',
          slug: 'hyrpersonal',
          title: 'Minskade kostnader för hyrpersonal',
          headline: headline(
            'Kostnaderna för hyrpersonal i hälso- och sjukvården minskade med omkring ',
            fig(30, { unit: 'mnkr' }),
            ' under 2018.',
          ),
          unit: 'miljoner kronor',
          period: '2018',
          info: [
            p(
              'Hyrpersonal är läkare, sjuksköterskor och annan vårdpersonal som regionen hyr in från bemanningsföretag i stället för att anställa själv. Region Kronoberg arbetar för att hälso- och sjukvården ska bli oberoende av hyrpersonal.',
            ),
            p(
              'Målet var att inte använda någon hyrpersonal alls från januari 2019. Det målet nåddes inte, men kostnaderna minskade med omkring 30 miljoner kronor under året.',
            ),
          ],
          source: SOURCES.report2018Home,
        },
        {
          key: 'vard-kostnader-over-budget',
          slug: 'over-budget',
          title: 'Kostnader över budget',
          headline: headline(
            'Kostnaderna för hyrpersonal blev ',
            fig(131, { unit: 'mnkr' }),
            ' högre än budgeterat, och kostnaderna för köpt vård ',
            fig(22, { unit: 'mnkr' }),
            ' högre.',
          ),
          unit: 'miljoner kronor',
          period: '2018',
          info: [
            p(
              'Hur mycket kostnaderna för hyrpersonal och för vård som regionen köper av andra vårdgivare översteg budgeten.',
            ),
            p(
              'Uppgiften är osäker: den kommer från en tidningsartikel om regionens preliminära resultat för 2018, och det framgår inte helt säkert att överskridandena gäller just det året.',
            ),
          ],
          source: SOURCES.smalanningen2018,
          chart: chart('bar', {
            title: 'Kostnader över budget',
            unit: 'mnkr',
            categories: ['Hyrpersonal', 'Köpt vård'],
            series: [series('Över budget', [131, 22])],
          }),
        },
      ],
      articles: [
        {
          title: 'Utvecklingsstrategin Närmare kronobergaren',
          slug: 'utvecklingsstrategin-narmare-kronobergaren',
          legacyPath: '/2019/02/28/utvecklingsstrategin-narmare-kronobergaren/',
          publishedAt: '2019-02-28',
          lead: 'Med en antagen utvecklingsstrategi och siktet inställt på år 2027, har hälso- och sjukvården börjat ta steg i förverkligandet.',
          body: [
            h2('Steg för steg närmare kronobergaren!'),
            p(
              'Under året har ett brett förankringsarbete skett i organisationen. Parallellt har en struktur byggts upp för att koppla strategin till pågående och planerade utvecklingsarbeten, och för att fasa in den i arbetet runt budget och verksamhetsplaner.',
            ),
            quote(
              'Vi börjar få en bra struktur på plats för att vi tillsammans ska kunna åstadkomma de förändringar som krävs. Den finns en processorganisation som håller ihop helheten och kan vara en resurs för verksamheterna i genomförandet. Vi har också viktiga resursgrupper med verksamhetsrepresentanter och personer med vårderfarenhet som stöd i arbetet.',
              'Ingeborg Franzén',
              'utvecklingsdirektör',
            ),
            p('Resursgrupp vårderfarenhet anlitas redan flitigt av flera verksamheter, vilket känns riktigt bra!'),
            h2('Verksamhetsplanen – ett verktyg i genomförandet'),
            p('Under året har delmål och aktiviteter konkretiserats inför 2019 års verksamhetsplaner.'),
            quote(
              'I hälso- och sjukvårdens övergripande verksamhetsplan lyfter vi fram specifika aktiviteter inom områdena prevention och egenvård, kompetensförsörjning, tillgänglighet, kvalitet i vårdmötet och digitalisering. Dessa är i sin tur prioriterade för respektive verksamhet när de utformar sina verksamhetsplaner.',
              'Per-Henrik Nilsson',
              'hälso- och sjukvårdsdirektör',
            ),
            p(
              'Utöver de områden som är prioriterade för alla, är det viktigt att varje verksamhet värderar vad man behöver göra för att bidra till målet – närmare kronobergaren. Och det finns flera exempel på hur verksamheter har jobbat aktivt med utvecklingsstrategin under året.',
            ),
            p(
              'Medicinsk fysik och teknik har till exempel konkretiserat hur de kan personcentrera sin verksamhet. De involverar numera patienter i framtagandet av patientinformation, i upphandlingar av utrustning med mera.',
            ),
            p(
              'Ett annat exempel är vuxenpsykiatrin, där ledningen valde att utgå från strategins 13 löften för att synliggöra vad som redan pågår i verksamheterna. Det blev sedan ett underlag för fortsatt dialog om prioriteringar för 2019.',
            ),
            quote(
              'Utvecklingsstrategin visar vår övergripande målbild och våra viktigaste utvecklingsområden för att vi ska kunna möta kronobergarnas behov i framtiden. Strategin är därför viktig för alla oss som arbetar i hälso- och sjukvården, och inte minst för alla chefer i ledningsarbetet.',
              'Ingeborg Franzén',
              'utvecklingsdirektör',
            ),
          ],
          readMore: [readMore('Om Region Kronobergs utvecklingsstrategi, Närmare kronobergaren', SOURCES.strategy.url)],
        },
        {
          title: 'Satsning mot en hyroberoende hälso- och sjukvård',
          slug: 'satsning-mot-en-hyroberoende-halso-och-sjukvard',
          legacyPath: '/2019/02/28/satsning-mot-en-hyroberoende-halso-och-sjukvard/',
          publishedAt: '2019-02-28',
          lead: 'Region Kronoberg vill att hälso- och sjukvården ska klara sig utan inhyrd personal. Under 2018 minskade kostnaderna för hyrpersonal med omkring 30 miljoner kronor, men målet nåddes inte fullt ut.',
          body: [
            p(
              'Hyrpersonal är läkare, sjuksköterskor och annan vårdpersonal som hyrs in från bemanningsföretag. Region Kronoberg har under flera år arbetat för att bli oberoende av hyrpersonal och i stället bemanna vården med egna medarbetare.',
            ),
            h2('Varför hyroberoende?'),
            p(
              'Syftet är att alla i Kronoberg ska kunna få en god hälso- och sjukvård även i framtiden, och att arbetsmiljön för vårdpersonalen ska bli bättre.',
            ),
            h2('Ett år med både framsteg och motgångar'),
            p(
              'Arbetet har varit utmanande i delar av hälso- och sjukvården. Samtidigt har det gett resultat: användningen av hyrpersonal har minskat, och kostnaderna för hyrpersonal blev omkring 30 miljoner kronor lägre under 2018. Det har också bidragit till ett bättre ekonomiskt resultat för regionen.',
            ),
            p(
              'Målet var att hälso- och sjukvården inte skulle använda någon hyrpersonal alls från januari 2019. Det målet nåddes inte, och arbetet fortsätter.',
            ),
            h2('En del av utvecklingsstrategin'),
            p(
              'Satsningen hänger ihop med utvecklingsstrategin Närmare kronobergaren, där kompetensförsörjning är ett av de områden som alla verksamheter prioriterar.',
            ),
          ],
          readMore: [readMore('Om Region Kronobergs utvecklingsstrategi, Närmare kronobergaren', SOURCES.strategy.url)],
        },
      ],
    },
    {
      ...TRANSPORT,
      subtitle: 'Resor med Länstrafiken Kronoberg',
      intro: [
        p('Länstrafiken Kronoberg är Region Kronobergs kollektivtrafik med bussar och tåg i hela länet.'),
        p(
          'Resandet fortsatte att öka under 2018, och kollektivtrafiken tog en större del av resorna i länet. Resenärerna var lika nöjda som året innan, och nöjdheten var en av de högsta i landet. Under sommarlovet kunde omkring 14 000 skolungdomar åka gratis.',
        ),
      ],
      statistics: [
        {
          key: 'resor-totalt',
          slug: 'resor',
          title: 'Resor i kollektivtrafiken',
          headline: headline(
            'Resenärerna gjorde ',
            fig(10.4, { decimals: 1 }),
            ' miljoner resor i linjetrafiken 2018, en ökning med ',
            fig(2.4, { decimals: 1, unit: '%' }),
            '.',
          ),
          unit: 'miljoner resor',
          period: '2018',
          info: [
            p(
              'Antalet resor med Länstrafikens bussar och tåg i linjetrafik, alltså den trafik som går efter tidtabell och är öppen för alla. Resor i den särskilda kollektivtrafiken, som färdtjänst, räknas inte här.',
            ),
          ],
          source: SOURCES.travel2018,
          chart: chart('bar', {
            title: 'Resor i linjetrafiken 2017–2018',
            unit: 'miljoner resor',
            categories: ['2017', '2018'],
            series: [series('Miljoner resor', [10.124, 10.4])],
          }),
        },
        {
          key: 'nki-buss-tag',
          slug: 'nojd-kund-index',
          title: 'Nöjda resenärer med buss och tåg',
          headline: headline(
            'Nöjd kund-index för buss och tåg var ',
            fig(68, { unit: '%' }),
            ' 2018, det fjärde bästa resultatet i landet.',
          ),
          unit: 'procent',
          period: '2018',
          info: [NKI_DEFINITION, NKI_METHOD_CHANGE],
          source: SOURCES.travel2018,
          chart: nkiChart(2018),
        },
        {
          key: 'resor-stadsbuss',
          slug: 'stadsbuss',
          title: 'Resor med stadsbuss',
          headline: headline('Stadsbussarna i Växjö hade över ', fig(4, { decimals: 1 }), ' miljoner resor 2018.'),
          unit: 'miljoner resor',
          period: '2018',
          info: [
            p(
              'Antalet resor med stadsbussarna i Växjö under året. Källan anger bara att resorna var fler än fyra miljoner, inte det exakta antalet, och därför visas inget diagram.',
            ),
          ],
          source: SOURCES.travel2018,
        },
        {
          key: 'kollektivtrafik-marknadsandel',
          slug: 'marknadsandel',
          title: 'Kollektivtrafikens marknadsandel',
          headline: headline(
            'Kollektivtrafikens marknadsandel i Kronoberg var ',
            fig(15, { unit: '%' }),
            ' 2018, ',
            fig(1),
            ' procentenhet mer än året innan.',
          ),
          unit: 'procent',
          period: '2018',
          info: [
            p(
              'Marknadsandelen visar hur stor del av resorna i länet som görs med kollektivtrafik, jämfört med andra sätt att resa, till exempel med bil.',
            ),
          ],
          source: SOURCES.travel2018,
        },
        {
          key: 'kollektivtrafik-enkelt-kopa-biljett',
          slug: 'kopa-biljett',
          title: 'Enkelt att köpa biljett',
          headline: headline(
            '',
            fig(82, { unit: '%' }),
            ' av resenärerna tycker att det är enkelt att köpa biljett, ',
            fig(5),
            ' procentenheter fler än året innan.',
          ),
          unit: 'procent',
          period: '2018',
          info: [p('Andelen resenärer som i den årliga kundundersökningen svarar att det är enkelt att köpa biljett.')],
          source: SOURCES.travel2018,
        },
        {
          key: 'kollektivtrafik-alla-resor',
          slug: 'alla-resor',
          title: 'Alla resor, även särskild kollektivtrafik',
          headline: headline(
            'Räknas den särskilda kollektivtrafiken med gjordes omkring ',
            fig(11.9, { decimals: 1 }),
            ' miljoner resor med Länstrafiken 2018.',
          ),
          unit: 'miljoner resor',
          period: '2018',
          info: [
            p(
              'Alla resor med Länstrafiken Kronoberg under året: både linjetrafiken och den särskilda kollektivtrafiken, till exempel färdtjänst och sjukresor. Siffran är avrundad.',
            ),
          ],
          source: SOURCES.transportFacts,
        },
        {
          key: 'kollektivtrafik-kostnad',
          slug: 'kostnad',
          title: 'Vad kollektivtrafiken kostar',
          headline: headline(
            'Kollektivtrafiken kostade omkring ',
            fig(900, { unit: 'mnkr' }),
            ' 2018, och ungefär hälften betalades av resenärerna. Trafiken kördes av ',
            fig(41),
            ' trafikföretag med omkring ',
            fig(369),
            ' fordon.',
          ),
          unit: 'miljoner kronor',
          period: '2018',
          info: [
            p(
              'Kostnaden för Länstrafiken Kronobergs trafik under året. Ungefär hälften betalades med biljettintäkter. Själva trafiken körs av trafikföretag på uppdrag av Länstrafiken.',
            ),
            p('Alla siffror är avrundade.'),
          ],
          source: SOURCES.transportFacts,
        },
      ],
      articles: [
        {
          title: 'Gratis sommarkort för skolungdomar',
          slug: 'gratis-sommarkort-for-skolungdomar',
          publishedAt: '2019-02-28',
          lead: 'Under sommarlovet 2018 kunde omkring 14 000 skolungdomar i Kronoberg åka gratis med Länstrafiken.',
          body: [
            p(
              'Skolungdomarna i länet fick ett sommarkort som gällde i Länstrafikens trafik från den 15 juni till den 15 augusti, alltså under hela sommarlovet.',
            ),
            p(
              'Med kortet kunde ungdomarna ta sig till exempel till ett sommarjobb, en badplats eller kompisar på en annan ort, utan att behöva betala för resan.',
            ),
          ],
          readMore: [readMore('Länstrafiken Kronoberg: Fria resor för skolungdomar i sommar', SOURCES.summerCard.url)],
        },
      ],
    },
    {
      ...DEVELOPMENT,
      intro: [
        GOALS_DEFINITION,
        p(
          'I uppföljningen för 2018 var tre av de tio målen på väg att nås. Befolkningen, sysselsättningen och produktiviteten ökade mer än i de flesta andra län. Under året började arbetet med att uppdatera strategin.',
        ),
      ],
      statistics: [
        {
          key: 'utveckling-mal',
          slug: 'mal',
          title: 'Målen i Gröna Kronoberg 2025',
          headline: headline('', fig(3), ' av de ', fig(10), ' målen i länets utvecklingsstrategi är på väg att nås.'),
          unit: 'mål',
          period: '2018',
          info: [
            GOALS_DEFINITION,
            p('Uppföljningen visar hur många av målen som utvecklas i rätt takt för att nås till 2025.'),
          ],
          source: SOURCES.report2018Development,
          chart: chart('bar', {
            title: 'Målen i Gröna Kronoberg 2025',
            unit: 'mål',
            categories: ['På väg att nås', 'Alla mål'],
            series: [series('Antal mål', [3, 10])],
          }),
        },
        {
          key: 'utveckling-befolkning',
          slug: 'befolkning',
          title: 'Befolkningens ökning',
          headline: headline(
            'Befolkningen i Kronobergs län ökade med ',
            fig(4.4, { decimals: 1, unit: '%' }),
            ' mellan 2014 och 2017. Det var den fjärde största ökningen i landet.',
          ),
          unit: 'procent',
          period: '2014–2017',
          info: [
            p(
              'Hur mycket befolkningen i länet har ökat i procent under perioden, jämfört med andra län. Befolkningens utveckling är ett av de områden som följs upp i utvecklingsstrategin Gröna Kronoberg 2025.',
            ),
            p('I årsberättelsen för 2017 angavs 4,3 procent för samma period.'),
          ],
          source: SOURCES.report2018Development,
        },
        {
          key: 'utveckling-sysselsattning',
          slug: 'sysselsattning',
          title: 'Sysselsättningens ökning',
          headline: headline(
            'Antalet sysselsatta i Kronobergs län ökade med ',
            fig(5.7, { decimals: 1, unit: '%' }),
            ' mellan 2014 och 2017, den fjärde största ökningen i landet.',
          ),
          unit: 'procent',
          period: '2014–2017',
          info: [
            p(
              'Hur mycket antalet personer med arbete i länet har ökat i procent under perioden, jämfört med andra län. I årsberättelsen för 2017 gällde siffran perioden 2014–2016, så de två åren går inte att jämföra rakt av.',
            ),
          ],
          source: SOURCES.report2018Development,
        },
        {
          key: 'utveckling-produktivitet',
          slug: 'produktivitet',
          title: 'Produktivitetens ökning',
          headline: headline(
            'Kronoberg kom på plats ',
            fig(4),
            ' i landet när det gäller hur mycket produktiviteten ökade mellan 2014 och 2017.',
          ),
          unit: 'placering',
          period: '2014–2017',
          info: [
            p(
              'Produktivitet är ett mått på hur mycket som produceras i förhållande till insatsen av arbete. Placeringen visar hur ökningen i Kronoberg stod sig mot andra län: plats 1 betyder den största ökningen i landet.',
            ),
            p(
              'I årsberättelsen för 2017 gällde placeringen perioden 2014–2016, så de två åren går inte att jämföra rakt av.',
            ),
          ],
          source: SOURCES.report2018Development,
        },
      ],
      articles: [
        {
          title: 'Region Kronobergs regionala utvecklingsarbete – vad innebär det?',
          slug: 'region-kronobergs-regionala-utvecklingsarbete-vad-innebar-det',
          legacyPath: '/2019/02/28/region-kronobergs-regionala-utvecklingsarbete-vad-innebar-det/',
          publishedAt: '2019-02-28',
          lead: 'Region Kronoberg har ansvaret för att leda och samordna arbetet med att utveckla Kronobergs län. Men vad betyder det i praktiken?',
          body: [
            h2('Ett uppdrag i sex delar'),
            p(
              'Det regionala utvecklingsuppdraget består av sex uppgifter. Bland dem finns att ta fram en strategi för länets utveckling och samordna arbetet med att genomföra den, att besluta om hur vissa statliga pengar för regional tillväxt ska användas, att planera länets transportinfrastruktur och att följa upp hur det går.',
            ),
            h2('Gröna Kronoberg 2025'),
            p(
              'Länets utvecklingsstrategi heter Gröna Kronoberg 2025. Den har tio mål, till exempel att fler ska flytta till Kronoberg från andra delar av Sverige och att utsläppen av fossil koldioxid ska minska till 1,5 ton per invånare och år. I uppföljningen för 2018 var tre av målen på väg att nås.',
            ),
            h2('Strategin uppdateras'),
            p(
              'Under 2018 började arbetet med att uppdatera strategin, så att den får färre och tydligare mål. I februari 2019 skickades förslaget ut på remiss, så att alla som vill kan lämna synpunkter.',
            ),
          ],
          readMore: [
            readMore('Gröna Kronoberg 2025 – målområden och mål', SOURCES.greenGoals.url),
            readMore('Aktualiserad utvecklingsstrategi nu på remiss', SOURCES.strategyConsultation.url),
          ],
        },
      ],
    },
    {
      ...CULTURE,
      subtitle: 'Kultur i hela Kronoberg',
      intro: [
        p(
          'Under 2018 fick Kronoberg pengar från Statens kulturråd till fem utvecklingsprojekt, och Sagobygden blev det första svenska exemplet i Unescos register över goda sätt att ta tillvara immateriellt kulturarv.',
        ),
        p('I december blev det klart att Scensommar ska nå alla kommuner i länet sommaren 2019.'),
      ],
      statistics: [
        {
          key: 'kultur-kulturradet',
          slug: 'kulturradet',
          title: 'Pengar från Kulturrådet',
          headline: headline(
            'Statens kulturråd beviljade ',
            fig(2.1, { decimals: 1, unit: 'mnkr' }),
            ' till ',
            fig(5),
            ' projekt som ska utveckla kulturen i Kronoberg.',
          ),
          unit: 'miljoner kronor',
          period: '2018',
          info: [
            p(
              'Statens kulturråd fördelar statliga pengar till kultur. Under 2018 beviljades fem projekt i Kronoberg pengar för att utveckla kulturen i länet. Beloppen var mellan 200 000 och 520 000 kronor per projekt.',
            ),
            p('Diagrammet visar de fem beviljade beloppen. Projekten redovisas här utan namn.'),
          ],
          source: SOURCES.artsCouncil,
          chart: chart('bar', {
            title: 'Beviljade belopp per projekt',
            unit: 'kr',
            categories: ['Projekt 1', 'Projekt 2', 'Projekt 3', 'Projekt 4', 'Projekt 5'],
            series: [series('Beviljat belopp', [200000, 450000, 500000, 520000, 450000])],
          }),
        },
        {
          key: 'kultur-sagobygden-unesco',
          slug: 'sagobygden',
          title: 'Sagobygden i Unescos register',
          headline: headline(
            'Sagobygden blev post nummer ',
            fig(20),
            ' i Unescos register över goda exempel på hur immateriellt kulturarv tas tillvara, och den första från Sverige.',
          ),
          unit: 'plats i registret',
          period: '2018',
          info: [
            p(
              'Unescos register lyfter fram goda exempel på hur levande traditioner kan föras vidare. Sagobygden i Kronoberg fick sin plats i registret den 29 november 2018. Den blev den tjugonde i världen och den första från Sverige.',
            ),
          ],
          source: SOURCES.sagobygden,
        },
      ],
      articles: [
        {
          title: 'Regional kultursatsning ger mer kultur till fler',
          slug: 'regional-kultursatsning-ger-mer-kultur-till-fler',
          legacyPath: '/2019/02/28/regional-kultursatsning-ger-mer-kultur-till-fler/',
          publishedAt: '2019-02-28',
          lead: 'Scensommar blir en satsning för hela länet. Den 20 december blev det klart att Scensommar 2019 ska nå alla kommuner i Kronoberg.',
          body: [
            p(
              'Scensommar bjuder på scenkonst under sommaren. Inför 2019 utökas satsningen, så att det blir föreställningar i alla länets kommuner.',
            ),
            h2('Delad finansiering'),
            p(
              'Region Kronoberg bidrar med 700 000 kronor, och var och en av de övriga kommunerna med 40 000 kronor. Planen är att ge föreställningar runt om i länet under fyra veckor i juli.',
            ),
            quote(
              'Kulturen ska inte bara finnas i de större orterna. När Scensommar kommer till alla kommuner kan fler uppleva scenkonst nära där de bor.',
              'Kulturnämndens ordförande i Region Kronoberg',
            ),
            quote(
              'Vi är glada att fler kommuner blir en del av Scensommar. Tillsammans kan vi ge både invånare och besökare en rikare sommar.',
              'Chefen för kultur- och fritidsförvaltningen i Växjö kommun',
            ),
          ],
          readMore: [readMore('Scensommar i hela Kronoberg', SOURCES.scensommar.url)],
        },
        {
          title: 'Sagobygden med i Unescos register',
          slug: 'sagobygden-med-i-unescos-register',
          publishedAt: '2019-02-28',
          lead: 'Den 29 november 2018 fick Sagobygden en plats i Unescos register över goda exempel på hur immateriellt kulturarv kan tas tillvara. Det är första gången ett exempel från Sverige kommer med.',
          body: [
            p(
              'Immateriellt kulturarv är levande traditioner, till exempel berättande, musik och hantverk, som förs vidare från generation till generation. Unescos register lyfter fram arbetssätt som andra kan lära av när de vill hålla sådana traditioner vid liv.',
            ),
            p(
              'Sagobygden i Kronoberg har en lång tradition av att berätta sagor och sägner. Nu finns den med i registret som den tjugonde i världen och den första från Sverige.',
            ),
          ],
          readMore: [readMore('Sagobygden har nu en plats i Unescos register', SOURCES.sagobygden.url)],
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------------------------
// 2019
// ---------------------------------------------------------------------------------------------

const report2019 = {
  year: 2019,
  description:
    'Region Kronobergs årsberättelse för 2019: ekonomi, hälso- och sjukvård, kollektivtrafik, länets utveckling och kultur i siffror.',
  areas: [
    {
      ...ECONOMY,
      subtitle: 'Regionens ekonomi i korthet',
      intro: [
        p(
          'Region Kronobergs budget för 2019 var omkring 8,1 miljarder kronor. Kostnaderna ökade med 5,1 procent under året.',
        ),
        p('Året slutade med ett resultat på 66 miljoner kronor. Det var lägre än resultatmålet på 84 miljoner kronor.'),
      ],
      statistics: [
        {
          key: 'ekonomi-resultat',
          slug: 'resultat',
          title: 'Årets resultat',
          headline: headline(
            'Region Kronoberg redovisade ett resultat på ',
            fig(66, { unit: 'mnkr' }),
            ' för 2019. Målet var ',
            fig(84, { unit: 'mnkr' }),
            '.',
          ),
          unit: 'miljoner kronor',
          period: '2019',
          info: [
            p(
              'Resultatet är skillnaden mellan regionens intäkter och kostnader under året. Resultatmålet bestäms i budgeten.',
            ),
            p(
              'Resultatet för 2019 blev lägre än målet på 84 miljoner kronor. Siffran för 2018 i diagrammet är preliminär och därför osäker.',
            ),
          ],
          source: SOURCES.accounts2019,
          chart: chart('bar', {
            title: 'Resultat 2017–2019',
            unit: 'mnkr',
            categories: ['2017', '2018 (preliminärt)', '2019'],
            series: [series('Resultat', [84, 110, 66])],
          }),
        },
        {
          key: 'ekonomi-budget',
          slug: 'budget',
          title: 'Regionens budget',
          headline: headline(
            'Region Kronobergs budget för 2019 var omkring ',
            fig(8.1, { decimals: 1 }),
            ' miljarder kronor.',
          ),
          unit: 'miljarder kronor',
          period: '2019',
          info: [
            p(
              'Budgeten är regionens plan för intäkter och kostnader under året och omfattar hela verksamheten: hälso- och sjukvård, kollektivtrafik, regional utveckling och kultur. Siffran är avrundad.',
            ),
          ],
          source: SOURCES.accounts2019,
        },
        {
          key: 'ekonomi-kostnadsokning',
          slug: 'kostnader',
          title: 'Kostnadernas ökning',
          headline: headline(
            'Region Kronobergs kostnader ökade med ',
            fig(5.1, { decimals: 1, unit: '%' }),
            ' under 2019.',
          ),
          unit: 'procent',
          period: '2019',
          info: [p('Hur mycket regionens kostnader ökade i procent jämfört med året innan.')],
          source: SOURCES.accounts2019,
        },
      ],
    },
    {
      ...HEALTHCARE,
      subtitle: 'Tillgänglighet och kostnader',
      intro: [
        p(
          'Region Kronoberg arbetar för att kunna erbjuda vård och hälsofrämjande insatser med hög kvalitet och god tillgänglighet.',
        ),
        p(
          'Under 2019 gav bättre tillgänglighet regionen omkring 50 miljoner kronor ur statens kömiljard. Samtidigt var ekonomin ansträngd: hälso- och sjukvårdsnämnden gick med underskott, och kostnaderna för hyrpersonal och köpt vård var höga.',
        ),
      ],
      statistics: [
        {
          key: 'vard-namndens-resultat',
          slug: 'underskott',
          title: 'Hälso- och sjukvårdsnämndens underskott',
          headline: headline(
            'Hälso- och sjukvårdsnämnden gick med ett underskott på ',
            fig(124, { unit: 'mnkr' }),
            ' 2019.',
          ),
          unit: 'miljoner kronor',
          period: '2019',
          info: [
            p(
              'Hälso- och sjukvårdsnämnden ansvarar för regionens hälso- och sjukvård. Underskottet är hur mycket nämndens kostnader översteg den budget som nämnden hade för året.',
            ),
          ],
          source: SOURCES.costs2019,
        },
        {
          key: 'vard-hyrpersonal-kostnad',
          slug: 'hyrpersonal',
          title: 'Kostnader för hyrpersonal',
          headline: headline(
            'Hyrpersonal kostade ',
            fig(179, { unit: 'mnkr' }),
            ' 2019. Målet var att kostnaden skulle stanna vid ',
            fig(80, { unit: 'mnkr' }),
            '.',
          ),
          unit: 'miljoner kronor',
          period: '2019',
          info: [
            p(
              'Hyrpersonal är läkare, sjuksköterskor och annan vårdpersonal som regionen hyr in från bemanningsföretag i stället för att anställa själv.',
            ),
          ],
          source: SOURCES.costs2019,
          chart: chart('bar', {
            title: 'Kostnad för hyrpersonal och mål 2019',
            unit: 'mnkr',
            categories: ['Kostnad', 'Mål'],
            series: [series('Miljoner kronor', [179, 80])],
          }),
        },
        {
          key: 'vard-kopt-vard',
          slug: 'kopt-vard',
          title: 'Köpt vård',
          headline: headline('Region Kronoberg köpte vård av andra för ', fig(752, { unit: 'mnkr' }), ' 2019.'),
          unit: 'miljoner kronor',
          period: '2019',
          info: [
            p(
              'Köpt vård är vård som Region Kronoberg betalar för men som utförs av andra, till exempel av andra regioner eller privata vårdgivare.',
            ),
          ],
          source: SOURCES.costs2019,
        },
        {
          key: 'vard-komiljarden',
          slug: 'komiljarden',
          title: 'Pengar ur kömiljarden',
          headline: headline(
            'Bättre tillgänglighet gav Region Kronoberg omkring ',
            fig(50, { unit: 'mnkr' }),
            ' ur statens kömiljard 2019.',
          ),
          unit: 'miljoner kronor',
          period: '2019',
          info: [
            p(
              'Kömiljarden är statliga pengar som fördelas till de regioner som klarar uppsatta mål för tillgänglighet, till exempel korta väntetider. Beloppet är avrundat.',
            ),
          ],
          source: SOURCES.queueBillion,
        },
      ],
    },
    {
      ...TRANSPORT,
      subtitle: 'Resor med Länstrafiken Kronoberg',
      intro: [
        p('Länstrafiken Kronoberg är Region Kronobergs kollektivtrafik med bussar och tåg i hela länet.'),
        p(
          'Fler resenärer var nöjda med kollektivtrafiken under 2019. I december höjdes priserna för resor i Växjö, och samtidigt slutade bussarna ta emot kontanter.',
        ),
      ],
      statistics: [
        {
          key: 'nki-buss-tag',
          slug: 'nojd-kund-index',
          title: 'Nöjda resenärer med buss och tåg',
          headline: headline('Nöjd kund-index för buss och tåg steg till ', fig(70, { unit: '%' }), ' 2019.'),
          unit: 'procent',
          period: '2019',
          info: [NKI_DEFINITION, NKI_METHOD_CHANGE],
          source: SOURCES.satisfaction2019,
          chart: nkiChart(2019),
        },
        {
          key: 'kollektivtrafik-nojd-senaste-resa',
          slug: 'senaste-resan',
          title: 'Nöjda med senaste resan',
          headline: headline(
            '',
            fig(83, { unit: '%' }),
            ' av resenärerna var nöjda med sin senaste resa, jämfört med ',
            fig(79, { unit: '%' }),
            ' i hela landet.',
          ),
          unit: 'procent',
          period: '2019',
          info: [
            p(
              'Andelen resenärer som i kundundersökningen svarar att de var nöjda med den senaste resa de gjorde med kollektivtrafiken. Jämförelsen gäller genomsnittet för hela Sverige.',
            ),
          ],
          source: SOURCES.satisfaction2019,
          chart: chart('bar', {
            title: 'Nöjda med senaste resan 2019',
            unit: '%',
            categories: ['Kronoberg', 'Hela landet'],
            series: [series('Andel nöjda', [83, 79])],
          }),
        },
        {
          key: 'kollektivtrafik-enkelbiljett-vaxjo',
          slug: 'enkelbiljett',
          title: 'Enkelbiljett i Växjö',
          headline: headline(
            'En enkelbiljett i Växjö kostar ',
            fig(30, { unit: 'kr' }),
            ' från december 2019, mot tidigare ',
            fig(27, { unit: 'kr' }),
            '.',
          ),
          unit: 'kronor',
          period: 'december 2019',
          info: [
            p(
              'Priset för en enkel resa i Växjö höjdes i december 2019. Samtidigt slutade bussarna ta emot kontanter, så biljetten betalas på andra sätt än med sedlar och mynt.',
            ),
          ],
          source: SOURCES.prices2019,
          chart: chart('bar', {
            title: 'Pris för enkelbiljett i Växjö',
            unit: 'kr',
            categories: ['Före december 2019', 'Från december 2019'],
            series: [series('Pris', [27, 30])],
          }),
        },
        {
          key: 'kollektivtrafik-periodbiljett-vaxjo',
          slug: 'periodbiljett',
          title: 'Periodbiljett i Växjö',
          headline: headline(
            'En periodbiljett i Växjö kostar ',
            fig(600, { unit: 'kr' }),
            ' från december 2019, mot tidigare ',
            fig(540, { unit: 'kr' }),
            '. Biljetten gäller i ',
            fig(30),
            ' dagar.',
          ),
          unit: 'kronor',
          period: 'december 2019',
          info: [
            p(
              'Priset för en biljett som gäller för obegränsat antal resor i Växjö under 30 dagar. Priset höjdes i december 2019, samtidigt som bussarna slutade ta emot kontanter.',
            ),
          ],
          source: SOURCES.prices2019,
          chart: chart('bar', {
            title: 'Pris för 30-dagarsbiljett i Växjö',
            unit: 'kr',
            categories: ['Före december 2019', 'Från december 2019'],
            series: [series('Pris', [540, 600])],
          }),
        },
      ],
    },
    {
      ...DEVELOPMENT,
      intro: [
        GOALS_DEFINITION,
        p(
          'Arbetet med att uppdatera utvecklingsstrategin, som började 2018, pågick fram till juni 2019. Målet var färre och tydligare mål. I februari 2019 skickades förslaget ut på remiss, så att alla som ville kunde lämna synpunkter.',
        ),
      ],
      statistics: [
        {
          key: 'utveckling-klimatmal',
          slug: 'klimatmal',
          title: 'Klimatmålet',
          headline: headline(
            'Utsläppen av fossil koldioxid i Kronoberg ska minska till ',
            fig(1.5, { decimals: 1 }),
            ' ton per invånare och år till 2025.',
          ),
          unit: 'ton per invånare och år',
          period: 'mål till 2025',
          info: [
            p(
              'Målet är ett av de tio målen i länets utvecklingsstrategi Gröna Kronoberg 2025. Det gäller utsläpp av koldioxid från fossila bränslen, räknat per invånare och år.',
            ),
            p(
              'Under 2019 uppdaterades strategin med färre och tydligare mål. Här visas målet som det var formulerat i Gröna Kronoberg 2025.',
            ),
          ],
          source: SOURCES.greenGoals,
        },
      ],
    },
    {
      ...CULTURE,
      subtitle: 'Kultur i hela Kronoberg',
      intro: [
        p(
          'Sommaren 2019 kom Scensommar till alla kommuner i Kronoberg. Region Kronoberg och kommunerna delade på kostnaden, och föreställningarna gavs runt om i länet under juli.',
        ),
      ],
      statistics: [
        {
          key: 'kultur-scensommar',
          slug: 'scensommar',
          title: 'Scensommar i hela länet',
          headline: headline(
            'Scensommar gav ',
            fig(21),
            ' föreställningar runt om i länet under ',
            fig(4),
            ' veckor i juli. I Växjö gavs dessutom omkring ',
            fig(50),
            ' föreställningar på omkring ',
            fig(50),
            ' platser.',
          ),
          unit: 'föreställningar',
          period: 'sommaren 2019',
          info: [
            p(
              'Scensommar är en satsning på scenkonst under sommaren. 2019 var första året med föreställningar i alla länets kommuner. Antalet föreställningar i Växjö är ungefärligt.',
            ),
          ],
          source: SOURCES.scensommar,
          chart: chart('bar', {
            title: 'Föreställningar under Scensommar 2019',
            unit: 'föreställningar',
            categories: ['Runt om i länet', 'I Växjö (omkring)'],
            series: [series('Föreställningar', [21, 50])],
          }),
        },
        {
          key: 'kultur-scensommar-finansiering',
          slug: 'scensommar-finansiering',
          title: 'Så betalas Scensommar',
          headline: headline(
            'Region Kronoberg bidrog med ',
            fig(700000, { unit: 'kr' }),
            ' till Scensommar, och var och en av de övriga kommunerna med ',
            fig(40000, { unit: 'kr' }),
            '.',
          ),
          unit: 'kronor',
          period: '2019',
          info: [
            p(
              'Scensommar betalas gemensamt av Region Kronoberg och kommunerna i länet. Överenskommelsen om att utöka Scensommar till alla kommuner blev klar i december 2018.',
            ),
          ],
          source: SOURCES.scensommar,
          chart: chart('bar', {
            title: 'Bidrag till Scensommar 2019',
            unit: 'kr',
            categories: ['Region Kronoberg', 'Varje övrig kommun'],
            series: [series('Bidrag', [700000, 40000])],
          }),
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------------------------
// Images: illustrations drawn by code (illustrations.mjs), never photographs
// ---------------------------------------------------------------------------------------------

/** The drawn illustrations' files and facts, written by illustrations.mjs. */
const ILLUSTRATIONS = JSON.parse(readFileSync(new URL('./images/assets.json', import.meta.url), 'utf8'))

/** Every illustration's credit: what made it, honestly. */
const ILLUSTRATION_CREDIT = 'Illustration: ritad med programkod för exempeldatan'

/** Sanity's id for an image asset: `image-{sha1}-{width}x{height}-{format}`, as its upload gives it. */
const assetId = ({ sha1, width, height, file }) => `image-${sha1}-${width}x${height}-${file.split('.').pop()}`

/**
 * The asset document Sanity keeps for an uploaded image (`sanity.imageAsset`), with the fields
 * the app asks for (id, size, lqip). `npm run dataset:import` uploads the file instead and Sanity
 * writes this document itself, with the same id (it is made from the file's SHA-1 and size).
 */
function imageAssetDoc(name) {
  const asset = ILLUSTRATIONS[name]
  const extension = asset.file.split('.').pop()
  return doc(assetId(asset), 'sanity.imageAsset', {
    assetId: asset.sha1,
    sha1hash: asset.sha1,
    extension,
    mimeType: `image/${extension}`,
    originalFilename: `${name}.${extension}`,
    size: asset.size,
    creditLine: ILLUSTRATION_CREDIT,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: asset.width,
        height: asset.height,
        aspectRatio: asset.width / asset.height,
      },
      lqip: asset.lqip,
      hasAlpha: false,
      isOpaque: true,
    },
  })
}

/**
 * An image field: the illustration `name` with its alt text and caption, its hotspot (where its
 * subject is, as fractions of the width and height) and no crop.
 */
function image(name, { alt, caption, hotspot: [x, y, width, height] = [0.5, 0.5, 0.5, 0.5] }) {
  if (!ILLUSTRATIONS[name]) throw new Error(`No illustration "${name}": run node sanity/dataset/illustrations.mjs`)
  return {
    _type: 'contentImage',
    asset: ref(assetId(ILLUSTRATIONS[name])),
    alt,
    ...(caption ? { caption } : {}),
    credit: ILLUSTRATION_CREDIT,
    crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 },
    hotspot: { _type: 'sanity.imageHotspot', x, y, width, height },
  }
}

/** The areas' lead images, by year and area slug. */
const AREA_IMAGES = {
  2018: {
    ekonomi: image('ekonomi-2018', {
      alt: 'Tecknade staplar som växer åt höger och två staplar av guldmynt.',
      hotspot: [0.55, 0.6, 0.7, 0.5],
    }),
    'halso-och-sjukvard': image('halso-och-sjukvard-2018', {
      alt: 'Tecknat sjukhus med ett rött kors, ett hjärta och en björk i ett grönt landskap.',
      hotspot: [0.6, 0.5, 0.7, 0.6],
    }),
    kollektivtrafik: image('kollektivtrafik-2018', {
      alt: 'Tecknad blå buss på en landsväg framför en granskog.',
      hotspot: [0.52, 0.7, 0.4, 0.3],
    }),
    'regional-utveckling': image('regional-utveckling-2018', {
      alt: 'Tecknad by med tre hus och två vindkraftverk på en grön kulle.',
      hotspot: [0.5, 0.55, 0.8, 0.5],
    }),
    kultur: image('kultur-2018', {
      alt: 'Tecknad teaterscen med röda ridåer, en glad och en ledsen mask och en uppslagen bok.',
      hotspot: [0.55, 0.5, 0.5, 0.5],
    }),
  },
}

/** The articles' main images, by year and article slug. */
const ARTICLE_IMAGES = {
  2018: {
    'overskott-i-regionens-ekonomi-2018': image('overskott-i-regionens-ekonomi-2018', {
      alt: 'Tecknad linje som stiger åt höger mot en stapel guldmynt.',
      hotspot: [0.6, 0.55, 0.7, 0.5],
    }),
    'utvecklingsstrategin-narmare-kronobergaren': image('utvecklingsstrategin-narmare-kronobergaren', {
      alt: 'Tecknat bostadshus och sjukhus förbundna med en streckad väg.',
      hotspot: [0.5, 0.55, 0.8, 0.5],
    }),
    'satsning-mot-en-hyroberoende-halso-och-sjukvard': image('satsning-mot-en-hyroberoende-halso-och-sjukvard', {
      alt: 'Tecknat sjukhus med rött kors bredvid ett lila hjärta i en ring.',
      hotspot: [0.5, 0.5, 0.8, 0.6],
    }),
    'gratis-sommarkort-for-skolungdomar': image('gratis-sommarkort-for-skolungdomar', {
      alt: 'Tecknad grön buss på en väg vid en sjö en solig sommardag.',
      hotspot: [0.68, 0.6, 0.4, 0.3],
    }),
    'region-kronobergs-regionala-utvecklingsarbete-vad-innebar-det': image(
      'region-kronobergs-regionala-utvecklingsarbete-vad-innebar-det',
      {
        alt: 'Tecknad måltavla, ett vindkraftverk och ett hus i ett kuperat landskap.',
        hotspot: [0.45, 0.55, 0.7, 0.6],
      },
    ),
    'regional-kultursatsning-ger-mer-kultur-till-fler': image('regional-kultursatsning-ger-mer-kultur-till-fler', {
      alt: 'Tecknat cirkustält med flagga och två glada masker i öppningen.',
      hotspot: [0.5, 0.55, 0.6, 0.6],
    }),
    'sagobygden-med-i-unescos-register': image('sagobygden-med-i-unescos-register', {
      alt: 'Tecknad granskog en kväll med månsken, en lykta och en uppslagen sagobok.',
      hotspot: [0.45, 0.65, 0.5, 0.5],
    }),
  },
}

/** Images in articles' bodies, by year and article slug: where (after which block) and which. */
const ARTICLE_BODY_IMAGES = {
  2018: {
    'sagobygden-med-i-unescos-register': {
      after: 1,
      image: image('sagobygden-berattarkvall', {
        alt: 'Tecknad lägereld i en mörk granskog med två lyktor.',
        caption: 'Berättandet i Sagobygden lever vid lägereldar och på berättarkvällar.',
        hotspot: [0.5, 0.75, 0.6, 0.4],
      }),
    },
  },
}

/** The asset documents of every image the dataset uses, once each. */
const imageAssetDocs = () => Object.keys(ILLUSTRATIONS).map(imageAssetDoc)

// ---------------------------------------------------------------------------------------------
// Lättläst: plain-language summaries of areas, written from the facts above (no new figures)
// ---------------------------------------------------------------------------------------------

const PLAIN_LANGUAGE = {
  2018: {
    ekonomi: [
      p(
        'Region Kronoberg får pengar genom skatt. Alla som bor i Kronoberg och har en inkomst betalar skatt till regionen.',
      ),
      p('År 2018 var skatten till regionen 12 procent av lönen. Året innan var den lite lägre.'),
      p('Den som tjänar 25 000 kronor i månaden betalar ungefär 36 000 kronor om året i skatt till regionen.'),
      p(
        'Regionen fick in mer pengar än den gjorde av under 2018. Det kallas överskott. Överskottet blev ungefär 110 miljoner kronor.',
      ),
      p('Siffran för överskottet är preliminär. Det betyder att den kan ändras lite när allt är räknat.'),
    ],
    'halso-och-sjukvard': [
      p('Region Kronoberg har hand om hälso- och sjukvården i Kronoberg.'),
      p('År 2018 gjorde kronobergarna över 1 miljon besök i vården. Varje patient gjorde i snitt nästan 7 besök.'),
      p('En del besök var hos en läkare. Fler besök var hos annan personal i vården.'),
      p(
        'Regionen vill att vården ska klara sig utan hyrpersonal. Hyrpersonal är personal som regionen hyr från andra företag. Det kostar mycket pengar.',
      ),
      p(
        'År 2018 minskade kostnaden för hyrpersonal med ungefär 30 miljoner kronor. Men målet att klara sig helt utan hyrpersonal nåddes inte.',
      ),
      p('Regionen har en plan för hur vården ska bli bättre fram till år 2027. Planen heter Närmare kronobergaren.'),
    ],
    kollektivtrafik: [
      p('Länstrafiken Kronoberg kör bussar och tåg i hela Kronoberg. Länstrafiken är en del av Region Kronoberg.'),
      p('År 2018 gjorde resenärerna 10,4 miljoner resor med bussar och tåg. Det var fler resor än året innan.'),
      p('Stadsbussarna i Växjö hade över 4 miljoner resor.'),
      p('De flesta resenärer var nöjda med bussarna och tågen. Bara tre län i Sverige hade nöjdare resenärer.'),
      p('På sommarlovet 2018 kunde ungefär 14 000 skolungdomar åka gratis.'),
    ],
    'regional-utveckling': [
      p('Region Kronoberg leder arbetet med att utveckla Kronobergs län.'),
      p(
        'Länet har en plan som heter Gröna Kronoberg 2025. Planen har 10 mål för hur länet ska bli bättre fram till år 2025.',
      ),
      p(
        'Ett mål är att fler ska flytta till Kronoberg från andra delar av Sverige. Ett annat mål är att utsläppen av fossil koldioxid ska minska.',
      ),
      p('År 2018 var 3 av de 10 målen på väg att nås.'),
      p(
        'Fler människor bor och arbetar i Kronoberg nu. Befolkningen och antalet som har arbete ökade mer än i de flesta andra län.',
      ),
      p('Under 2018 började regionen arbeta med att göra om planen.'),
    ],
    kultur: [
      p('Region Kronoberg vill att alla i länet ska kunna ta del av kultur.'),
      p(
        'År 2018 fick Kronoberg 2,1 miljoner kronor från Statens kulturråd. Pengarna gick till 5 projekt som ska utveckla kulturen i länet.',
      ),
      p(
        'Sagobygden kom med i en lista hos Unesco. Listan visar bra exempel på hur man tar vara på gamla berättelser och traditioner. Sagobygden var det första exemplet från Sverige.',
      ),
      p(
        'I december bestämdes att Scensommar ska komma till alla kommuner i länet sommaren 2019. Scensommar är teater och andra föreställningar på sommaren.',
      ),
    ],
  },
}

// ---------------------------------------------------------------------------------------------
// Singletons
// ---------------------------------------------------------------------------------------------

// The interface's labels as the Studio's defaults have them (one list, read by the app too).
const siteTextDefaults = JSON.parse(readFileSync(new URL('../../model/siteTextDefaults.json', import.meta.url), 'utf8'))
const siteTexts = doc('siteTexts', 'siteTexts', { ...siteTextDefaults })

const helpItem = (icon, text) => ({ _type: 'helpItem', icon, text })

const navigationHelp = doc('navigationHelp', 'navigationHelp', {
  title: 'Såhär navigerar du i årsberättelsen',
  intro:
    'På den här webbplatsen navigerar du genom att klicka eller trycka på ikonerna och pilarna. Med tangentbordet flyttar du mellan länkar och knappar med Tab och väljer med Enter.',
  items: [
    helpItem(
      'info',
      'Klicka på informationsikonen bredvid rubriken för att få fram mer information om statistiken du tittar på.',
    ),
    helpItem(
      'areas',
      'Klicka på statistikikonerna för att se mer statistik om områdena hälso- och sjukvård, kollektivtrafik, regional utveckling och kultur.',
    ),
    helpItem(
      'sideArrows',
      'Klicka på pilarna i sidled, svep åt sidan eller tryck på vänster- och högerpil (← och →) på tangentbordet för att ta del av mer statistik.',
    ),
    helpItem(
      'downArrow',
      'Klicka på pilen nedåt, ”Artiklar om området”, för att läsa artiklar om respektive område. Med tangentbordet når du den med Tab.',
    ),
  ],
})

const browserNotice = doc('browserNotice', 'browserNotice', {
  title: 'Angående din webbläsare',
  body: 'Du använder just nu en webbläsare som inte kan visa den här webbplatsen. Årsberättelsen använder ny webbteknik som din webbläsare inte stöder, och därför går det inte att visa innehållet som det är tänkt. Vi rekommenderar därför att en modernare webbläsare används, till exempel den senaste versionen av Google Chrome, Firefox, Safari eller Microsofts webbläsare Edge.',
})

/**
 * The accessibility statement, after Digg's model, true to what this product's own tests check
 * (tests/e2e/accessibility.spec.ts and the other browser tests) and what they do not.
 */
const accessibilityStatement = doc('accessibilityStatement', 'accessibilityStatement', {
  title: 'Tillgänglighetsredogörelse för årsberättelsen',
  intro: [
    p(
      'Region Kronoberg står bakom årsberättelsen. Vi vill att så många som möjligt ska kunna läsa den, oavsett om du använder mobil, surfplatta eller dator, och oavsett om du använder tangentbord, skärmläsare eller förstoring.',
    ),
    p(
      'Här beskriver vi hur årsberättelsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera brister till oss, så att vi kan åtgärda dem. Vårt mål är nivå AA i Web Content Accessibility Guidelines (WCAG) 2.2.',
    ),
  ],
  compliance: 'partial',
  inaccessibleContent: [
    {
      _type: 'inaccessibleItem',
      title: 'Diagram när datorn visar forcerade färger',
      description:
        'Med forcerade färger (till exempel Kontrastteman i Windows) kan staplar, linjer och delar av ringdiagrammen bli svåra att skilja från varandra och från bakgrunden. Vi håller på att rätta det.',
      reason: 'nonCompliance',
      requirements: 'WCAG 2.2, 1.4.11 Kontrast för icke-textinnehåll',
      alternative:
        'Välj ”Visa som tabell” under diagrammet: tabellen visar samma siffror som text. Du kan också ladda ner siffrorna som en CSV-fil med ”Ladda ner data (CSV)”.',
    },
    {
      _type: 'inaccessibleItem',
      title: 'Andra webbplatser som vi länkar till',
      description:
        'Länkarna under ”Läs mer…” i artiklarna och till källorna för statistiken leder till andra organisationers webbplatser. Deras tillgänglighet ansvarar vi inte för.',
      reason: 'outsideScope',
      alternative: 'Kontakta oss om du behöver innehållet på ett annat sätt, så hjälper vi dig.',
    },
  ],
  feedback: [
    p(
      'Upptäcker du något som gör det svårt att läsa eller använda årsberättelsen, eller behöver du innehåll som inte är tillgängligt för dig i ett annat format? Kontakta oss och berätta vilken sida det gäller och vad som inte fungerar. Vi kan till exempel ge dig siffrorna i ett diagram som text.',
    ),
  ],
  contact: { name: 'Region Kronoberg', url: 'https://www.regionkronoberg.se/' },
  responseTime: 'Vi svarar så snart vi kan, normalt inom två arbetsdagar.',
  enforcement: [
    p(
      'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.',
    ),
  ],
  enforcementUrl: 'https://www.digg.se/tdosanmalan',
  assessment: {
    method: 'self',
    description: [
      p(
        'Självskattningen bygger på automatiska och manuella tester. Varje ändring av årsberättelsen testas automatiskt i webbläsaren Chromium, på dator och på mobil i stående och liggande läge.',
      ),
      p(
        'Testerna kontrollerar med verktyget axe att områden, statistik, informationsrutan, tabellvyn, artiklar, navigeringshjälpen, den lättlästa texten, sidan som inte finns och den här redogörelsen inte bryter mot WCAG 2.2 nivå A och AA. De kontrollerar också att allt går att använda med tangentbordet, att fokus stannar i en öppen dialogruta och kommer tillbaka när den stängs, att ingenting rör sig när du har valt minskad rörelse, att sidorna inte behöver rullas i sidled från 320 pixlar breda skärmar och uppåt, att knapparna är minst 44 × 44 pixlar, att diagrammen beskrivs i text för hjälpmedel och att innehållet går att läsa utan Javascript.',
      ),
      p(
        'Vi har inte testat med skärmläsare som NVDA, JAWS, VoiceOver eller TalkBack, inte tillsammans med användare med funktionsnedsättning och inte med forcerade färger.',
      ),
    ],
    assessedAt: '2026-11-30',
  },
  preparedAt: '2026-11-30',
  reviewedAt: '2026-11-30',
  // The page's fixed headings and phrases, as the Studio's defaults have them.
  texts: JSON.parse(readFileSync(new URL('../../model/statementTextDefaults.json', import.meta.url), 'utf8')),
})

const siteFooter = doc('siteFooter', 'siteFooter', {
  contact: [
    p(
      'Region Kronoberg. Kontaktuppgifter finns på ',
      link('regionens webbplats', 'https://www.regionkronoberg.se/'),
      '.',
    ),
  ],
  licence: [
    p(
      'Upphovsrätten till texterna tillhör Region Kronoberg. Citera gärna, med Region Kronoberg och sidans adress som källa. Varifrån siffrorna i en statistik kommer står i dess information.',
    ),
  ],
})

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

export const documents = [
  siteTexts,
  navigationHelp,
  browserNotice,
  accessibilityStatement,
  siteFooter,
  ...imageAssetDocs(),
  ...reportDocs(report2017),
  ...reportDocs(report2018),
  ...reportDocs(report2019),
].map((document) => withKeys(document, document._id))

export const outputPath = join(dirname(fileURLToPath(import.meta.url)), 'production.ndjson')

export function toNdjson(docs = documents) {
  return docs.map((document) => JSON.stringify(document)).join('\n') + '\n'
}

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (runDirectly) {
  writeFileSync(outputPath, toNdjson())
  console.log(`Wrote ${documents.length} documents to ${outputPath}`)
}
