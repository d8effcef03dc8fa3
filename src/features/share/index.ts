/** Sharing a statistic, as the others use it: where it is, its link, the share and embed tools. */
export { EmbedButton } from './EmbedButton'
export { canonicalUrl, useStatisticPlace, type StatisticPlace } from './place'
export { useShareTools } from './ShareTools'
export { Announcement, useAnnouncement } from './useAnnouncement'
export { CiteButton } from './CiteButton'
