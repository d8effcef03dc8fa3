import { toStatementTexts, type StatementTextKey } from '../../../model/statementTextDefaults'
import { RichText } from '../../content/portable-text/RichText'
import { SafeLink } from '../../content/portable-text/SafeLink'
import './statement.css'
import {
  inaccessibleReasons,
  type AccessibilityStatement,
  type Compliance,
  type InaccessibleReason,
} from '../../content/accessibilityStatement'

// Not shared/format/date.ts: importing it here would split it (and its neighbours) out of the
// report's start-up chunk into one of their own, which costs the start-up more than these lines.
const longDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' })
const formatDate = (isoDate: string) => {
  const date = new Date(`${isoDate}T00:00:00Z`)
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(date.getTime()) ? longDate.format(date) : null
}

const complianceText: Record<Compliance, StatementTextKey> = {
  full: 'complianceFull',
  partial: 'compliancePartial',
  none: 'complianceNone',
}

const reasonHeading: Record<InaccessibleReason, StatementTextKey> = {
  nonCompliance: 'reasonNonCompliance',
  disproportionateBurden: 'reasonDisproportionateBurden',
  outsideScope: 'reasonOutsideScope',
}

/**
 * The statement in the order of Digg's model, its parts under fixed headings (the statement's
 * own texts, or their defaults), so a reader finds the same things in the same place as on any
 * Swedish public body's site.
 */
export function AccessibilityStatementView({ statement }: { statement: AccessibilityStatement }) {
  const { contact, assessment } = statement
  const texts = toStatementTexts(statement.texts)
  const date = (value: string | null) =>
    value && formatDate(value) ? <time dateTime={value}>{formatDate(value)}</time> : null
  const assessedAt = date(assessment.assessedAt)
  const preparedAt = date(statement.preparedAt)
  const reviewedAt = date(statement.reviewedAt)
  return (
    <article className="statement">
      <h1>{statement.title}</h1>
      <RichText value={statement.intro} />

      <h2>{texts.complianceHeading}</h2>
      {statement.compliance ? <p>{texts[complianceText[statement.compliance]]}</p> : null}

      {statement.inaccessibleContent.length > 0 ? (
        <>
          <h2>{texts.inaccessibleHeading}</h2>
          {inaccessibleReasons.map((reason) => {
            const items = statement.inaccessibleContent.filter((item) => item.reason === reason)
            if (items.length === 0) return null
            return (
              <div key={reason}>
                <h3>{texts[reasonHeading[reason]]}</h3>
                {items.map((item) => (
                  <div key={item._key} className="statement-item">
                    <h4>{item.title}</h4>
                    {item.description ? <p>{item.description}</p> : null}
                    {item.requirements ? (
                      <p>
                        <strong>{texts.requirementsLabel}:</strong> {item.requirements}
                      </p>
                    ) : null}
                    {item.alternative ? (
                      <p>
                        <strong>{texts.alternativeLabel}:</strong> {item.alternative}
                      </p>
                    ) : null}
                  </div>
                ))}
              </div>
            )
          })}
        </>
      ) : null}

      <h2>{texts.feedbackHeading}</h2>
      <RichText value={statement.feedback} />
      <dl className="statement-contact">
        {contact.name ? (
          <>
            <dt>{texts.contactLabel}</dt>
            <dd>{contact.url ? <SafeLink href={contact.url}>{contact.name}</SafeLink> : contact.name}</dd>
          </>
        ) : null}
        {contact.email ? (
          <>
            <dt>{texts.emailLabel}</dt>
            <dd>
              <SafeLink href={`mailto:${contact.email}`}>{contact.email}</SafeLink>
            </dd>
          </>
        ) : null}
        {contact.phone ? (
          <>
            <dt>{texts.phoneLabel}</dt>
            <dd>
              <SafeLink href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</SafeLink>
            </dd>
          </>
        ) : null}
        {statement.responseTime ? (
          <>
            <dt>{texts.responseTimeLabel}</dt>
            <dd>{statement.responseTime}</dd>
          </>
        ) : null}
      </dl>

      <h2>{texts.enforcementHeading}</h2>
      <RichText value={statement.enforcement} />
      {statement.enforcementUrl ? (
        <p>
          <SafeLink href={statement.enforcementUrl}>{texts.enforcementLink}</SafeLink>
        </p>
      ) : null}

      <h2>{texts.assessmentHeading}</h2>
      {assessment.method === 'self' ? <p>{texts.assessmentSelf}</p> : null}
      {assessment.method === 'thirdParty' && assessment.assessor ? (
        <p>{texts.assessmentThirdParty.replace('{assessor}', assessment.assessor)}</p>
      ) : null}
      <RichText value={assessment.description} />
      {assessedAt ? (
        <p>
          {texts.assessedAtLabel} {assessedAt}.
        </p>
      ) : null}

      <h2>{texts.statementDatesHeading}</h2>
      {preparedAt ? (
        <p>
          {texts.preparedAtLabel} {preparedAt}.
        </p>
      ) : null}
      {reviewedAt ? (
        <p>
          {texts.reviewedAtLabel} {reviewedAt}.
        </p>
      ) : null}
    </article>
  )
}
