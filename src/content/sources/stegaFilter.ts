/**
 * Which strings from the Studio carry stega source maps (invisible characters that tell the
 * overlay which field a text comes from). Only text a reader sees is encoded: Sanity's own
 * default already leaves out slugs, ids, URLs, dates and fields such as `type`, `icon` and
 * `key`; this adds the app's own data fields – the choices of a list (compliance level,
 * reason, assessment method, block style), the previous site's addresses, images' alt texts – and the interface labels, which
 * the app uses in accessible names more than it shows them. (A test checks that every field
 * of the schema with a fixed list of values is left out.)
 */
export const dataFields: ReadonlySet<string> = new Set([
  'compliance',
  'reason',
  'method',
  'legacyCode',
  'legacyPath',
  'key',
  'type',
  'icon',
  'year',
  // An image's alt text is its accessible name, never shown: invisible characters in it would
  // be read out (the figure's caption and credit are shown, and carry them).
  'alt',
  // Portable Text's block style and list kind (Sanity leaves blocks' own fields alone anyway).
  'style',
  'listItem',
])

/** Parts of a query's result that are labels and settings, not content to click on. */
export const unencodedResults: ReadonlySet<string> = new Set(['siteTexts', 'years', 'texts'])

type PathSegment = string | number | { _key: string } | readonly [number, number]

/** What Sanity's stega encoder asks about each string (see `FilterDefault` in @sanity/client/stega). */
export interface StegaFilterProps<Self> {
  sourcePath: readonly PathSegment[]
  resultPath: readonly PathSegment[]
  filterDefault: (props: Self) => boolean
}

export function shouldEncode<Props extends StegaFilterProps<Props>>(props: Props): boolean {
  const field = props.sourcePath.at(-1)
  if (typeof field === 'string' && dataFields.has(field)) return false
  if (props.sourcePath.some((segment) => typeof segment === 'string' && dataFields.has(segment))) {
    // e.g. the list items of a field: `inaccessibleContent[].reason` is caught above; this
    // catches any value nested below a data field.
    return false
  }
  const top = props.resultPath[0]
  if (typeof top === 'string' && unencodedResults.has(top)) return false
  return props.filterDefault(props)
}
