import type { StatementTextKey } from '../../../model/statementTextDefaults'

/** The Studio's title for each fixed text of the accessibility statement's page. Studio only. */
export const statementTextTitles: Record<StatementTextKey, string> = {
  complianceHeading: 'Rubrik för förenligheten',
  complianceFull: 'När webbplatsen är helt förenlig',
  compliancePartial: 'När webbplatsen är delvis förenlig',
  complianceNone: 'När webbplatsen inte är förenlig',
  inaccessibleHeading: 'Rubrik för bristerna',
  reasonNonCompliance: 'Rubrik för brister mot kraven',
  reasonDisproportionateBurden: 'Rubrik för oskäligt betungande anpassning',
  reasonOutsideScope: 'Rubrik för innehåll utanför lagen',
  requirementsLabel: 'Före kraven som en brist gäller',
  alternativeLabel: 'Före vad läsaren kan göra i stället',
  feedbackHeading: 'Rubrik för hur läsaren rapporterar brister',
  contactLabel: 'Före kontaktuppgifterna',
  emailLabel: 'Före e-postadressen',
  phoneLabel: 'Före telefonnumret',
  responseTimeLabel: 'Före svarstiden',
  enforcementHeading: 'Rubrik för tillsynsmyndigheten',
  enforcementLink: 'Länk till tillsynsmyndighetens anmälan',
  assessmentHeading: 'Rubrik för granskningen',
  assessmentSelf: 'När ni granskade själva',
  assessmentThirdParty: 'När en extern part granskade ({assessor} ersätts med namnet)',
  assessedAtLabel: 'Före datumet för senaste bedömningen',
  statementDatesHeading: 'Rubrik för datumen',
  preparedAtLabel: 'Före datumet då den upprättades',
  reviewedAtLabel: 'Före datumet då den senast granskades',
}
