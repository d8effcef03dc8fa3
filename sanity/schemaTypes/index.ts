import { area } from './documents/area'
import { article } from './documents/article'
import { report } from './documents/report'
import { statistic } from './documents/statistic'
import { chart, chartSeries } from './objects/chart'
import { headline, headlineFigure } from './objects/headline'
import { link, readMoreLink } from './objects/link'
import { quote } from './objects/quote'
import { contentImage } from './objects/contentImage'
import { articleBody, richText } from './objects/richText'
import { source } from './objects/source'
import { singletonTypes } from './singletons'

export const schemaTypes = [
  report,
  area,
  statistic,
  article,
  ...singletonTypes,
  headline,
  headlineFigure,
  chart,
  chartSeries,
  source,
  richText,
  articleBody,
  quote,
  contentImage,
  link,
  readMoreLink,
]
