import type { QueryParams } from './types'

const stringLiterals = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g
const parameterNames = /\$([A-Za-z_][A-Za-z0-9_]*)/g

/** The `$parameters` a GROQ query uses (outside string literals). */
export function queryParameterNames(query: string): string[] {
  const code = query.replace(stringLiterals, '""')
  return [...new Set([...code.matchAll(parameterNames)].map((match) => match[1]!))]
}

/**
 * Fails loudly when a query uses a parameter the caller did not pass. groq-js would otherwise
 * read it as null and quietly answer a different question than Sanity's API, which refuses it.
 */
export function assertQueryParams(query: string, params: QueryParams): void {
  const missing = queryParameterNames(query).filter((name) => !(name in params))
  if (missing.length > 0) {
    throw new Error(`GROQ query is missing parameter(s): ${missing.map((name) => `$${name}`).join(', ')}`)
  }
}
