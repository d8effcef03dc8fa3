import { queryOptions } from '@tanstack/react-query'
import { isSafeHref } from '../../model/rules'
import { accessibilityStatementQuery } from './queries'
import type { AccessibilityStatementQueryResult } from '../../model/sanity.types'
import type { ContentSource } from './sources'
import { accessibilityStatementKey } from './accessibilityStatementKey'

type Raw = NonNullable<AccessibilityStatementQueryResult>
export type InaccessibleItem = NonNullable<Raw['inaccessibleContent']>[number]
export type InaccessibleReason = InaccessibleItem['reason']
export type Compliance = Raw['compliance']

/** The statement as the page shows it: the parts the Studio requires may still be missing. */
export interface AccessibilityStatement {
  title: string
  intro: Raw['intro'] | null
  compliance: Compliance | null
  inaccessibleContent: InaccessibleItem[]
  feedback: Raw['feedback'] | null
  contact: { name: string | null; url: string | null; email: string | null; phone: string | null }
  responseTime: string | null
  enforcement: Raw['enforcement'] | null
  enforcementUrl: string | null
  assessment: {
    method: Raw['assessment']['method'] | null
    assessor: string | null
    description: Raw['assessment']['description'] | null
    assessedAt: string | null
  }
  preparedAt: string | null
  reviewedAt: string | null
  /** The page's fixed texts as the CMS has them; the view fills in the defaults (see statementTextDefaults.ts). */
  texts: unknown
}

export const inaccessibleReasons: readonly InaccessibleReason[] = [
  'nonCompliance',
  'disproportionateBurden',
  'outsideScope',
]
const compliances: readonly Compliance[] = ['full', 'partial', 'none']

/** Its own request, made only by the statement's page (see queries.ts). */
export function accessibilityStatementQueryOptions(source: ContentSource) {
  return queryOptions({
    queryKey: accessibilityStatementKey(source.perspective),
    queryFn: async () =>
      toAccessibilityStatement(await source.fetch<AccessibilityStatementQueryResult>(accessibilityStatementQuery, {})),
    staleTime: 5 * 60_000,
  })
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)
const blocks = <T>(value: T | null | undefined): T | null => (Array.isArray(value) && value.length > 0 ? value : null)

/**
 * Content written through the API can lack what the Studio requires: the page shows what there
 * is (a missing part is left out, never a broken page), and no statement at all is `null`.
 * Links the app would not render as links (javascript:, …) are dropped.
 */
export function toAccessibilityStatement(
  raw: AccessibilityStatementQueryResult | undefined,
): AccessibilityStatement | null {
  if (!raw || typeof raw !== 'object') return null
  const title = text(raw.title)
  if (!title) return null
  const contact = (raw.contact ?? {}) as Partial<Raw['contact']>
  const assessment = (raw.assessment ?? {}) as Partial<Raw['assessment']>
  const url = text(contact.url)
  const enforcementUrl = text(raw.enforcementUrl)
  return {
    title,
    intro: blocks(raw.intro),
    compliance: compliances.includes(raw.compliance) ? raw.compliance : null,
    inaccessibleContent: (Array.isArray(raw.inaccessibleContent) ? raw.inaccessibleContent : []).filter(
      (item): item is InaccessibleItem =>
        item != null &&
        typeof item === 'object' &&
        text(item.title) !== null &&
        inaccessibleReasons.includes(item.reason),
    ),
    feedback: blocks(raw.feedback),
    contact: {
      name: text(contact.name),
      url: url && isSafeHref(url) ? url : null,
      email: text(contact.email),
      phone: text(contact.phone),
    },
    responseTime: text(raw.responseTime),
    enforcement: blocks(raw.enforcement),
    enforcementUrl: enforcementUrl && isSafeHref(enforcementUrl) ? enforcementUrl : null,
    assessment: {
      method: assessment.method === 'self' || assessment.method === 'thirdParty' ? assessment.method : null,
      assessor: text(assessment.assessor),
      description: blocks(assessment.description),
      assessedAt: text(assessment.assessedAt),
    },
    preparedAt: text(raw.preparedAt),
    reviewedAt: text(raw.reviewedAt),
    texts: raw.texts ?? null,
  }
}
