/**
 * The icons an area or a help item may use. The app ships one SVG for each value; editors pick
 * by name, so a new region or year needs no new code. Plain data: the app imports it too.
 */
export const areaIcons = [
  { value: 'economy', title: 'Ekonomi' },
  { value: 'healthcare', title: 'Hälso- och sjukvård' },
  { value: 'transport', title: 'Kollektivtrafik' },
  { value: 'development', title: 'Regional utveckling' },
  { value: 'culture', title: 'Kultur' },
] as const

export type AreaIcon = (typeof areaIcons)[number]['value']

export const helpIcons = [
  { value: 'info', title: 'Infoikon' },
  { value: 'areas', title: 'Statistikikoner' },
  { value: 'sideArrows', title: 'Pilar i sidled' },
  { value: 'downArrow', title: 'Pil nedåt' },
] as const

export type HelpIcon = (typeof helpIcons)[number]['value']
