/**
 * The accessibility statement page's fixed headings and phrases (Digg's model), with their
 * Swedish defaults: the statement document's "Rubriker och fasta texter" (its `texts` field),
 * built from this list as `siteTexts` is from siteTextDefaults.ts. They are kept apart from the
 * interface texts because only the statement's page shows them: the report's pages never
 * download them, and the defaults load with that page's code.
 *
 * Plain data only (the browser bundle imports it); the Studio's titles are in
 * statementTextTitles.ts. The sample dataset's build script reads the JSON too.
 */
import defaults from './statementTextDefaults.json'

export type StatementTextKey = keyof typeof defaults
export type StatementTexts = Record<StatementTextKey, string>

export const defaultStatementTexts: StatementTexts = defaults
export const statementTextKeys = Object.keys(defaults) as StatementTextKey[]

/** The texts a statement has, each missing or empty one by its default. */
export function toStatementTexts(raw: unknown): StatementTexts {
  const texts = { ...defaultStatementTexts }
  if (!raw || typeof raw !== 'object') return texts
  for (const key of statementTextKeys) {
    const value = (raw as Partial<Record<string, unknown>>)[key]
    if (typeof value === 'string' && value.trim() !== '') texts[key] = value
  }
  return texts
}
