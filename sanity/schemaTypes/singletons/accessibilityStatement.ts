import { defineArrayMember, defineField, defineType } from 'sanity'
import { safeUrlField } from '../objects/link'
import { anyUri, isSafeHref } from '../../../model/rules'
import { defaultStatementTexts, statementTextKeys } from '../../../model/statementTextDefaults'
import { statementTextTitles } from './statementTextTitles'

/**
 * The accessibility statement ("tillgänglighetsredogörelse") that lag (2018:1937) om
 * tillgänglighet till digital offentlig service requires, structured after the supervisory
 * authority's (Digg's) model: how far the site meets the requirements, the content that is not
 * accessible and why, how to report a problem and get content another way, how to reach the
 * authority, how the site was assessed, and when the statement was drawn up and last reviewed.
 * The app shows it at /tillganglighet, under fixed headings from the interface texts.
 */

export const complianceLevels = [
  { value: 'full', title: 'Helt förenlig med lagen' },
  { value: 'partial', title: 'Delvis förenlig med lagen' },
  { value: 'none', title: 'Inte förenlig med lagen' },
] as const

export const inaccessibleReasons = [
  { value: 'nonCompliance', title: 'Bristande förenlighet med lagkraven' },
  { value: 'disproportionateBurden', title: 'Oskäligt betungande anpassning' },
  { value: 'outsideScope', title: 'Omfattas inte av lagen' },
] as const

export const assessmentMethods = [
  { value: 'self', title: 'Självskattning (egen granskning)' },
  { value: 'thirdParty', title: 'Granskning av extern part' },
] as const

type Compliance = (typeof complianceLevels)[number]['value']
interface InaccessibleItem {
  reason?: string
}
interface StatementLike {
  compliance?: Compliance
  inaccessibleContent?: InaccessibleItem[]
  preparedAt?: string
  reviewedAt?: string
  assessment?: { method?: string; assessor?: string }
}

const statementOf = (context: { document?: object }) => (context.document ?? {}) as StatementLike

/**
 * The law asks for the content that is not accessible whenever the site is not fully compliant;
 * and a site whose content falls short of the requirements is not fully compliant.
 */
export function checkInaccessibleContent(
  items: InaccessibleItem[] | undefined,
  context: { document?: object },
): true | string {
  const { compliance } = statementOf(context)
  const list = items ?? []
  if ((compliance === 'partial' || compliance === 'none') && list.length === 0) {
    return 'Beskriv innehållet som inte är tillgängligt: lagen kräver det när webbplatsen inte är helt förenlig.'
  }
  if (compliance === 'full' && list.some((item) => item.reason === 'nonCompliance')) {
    return 'Innehåll med bristande förenlighet finns i listan: då är webbplatsen inte helt förenlig. Ändra bedömningen till ”delvis” eller ”inte förenlig”.'
  }
  return true
}

/** The review date is on or after the day the statement was drawn up. */
export function checkReviewedAt(reviewedAt: string | undefined, context: { document?: object }): true | string {
  const { preparedAt } = statementOf(context)
  if (!reviewedAt || !preparedAt) return true
  return reviewedAt >= preparedAt
    ? true
    : 'Redogörelsen kan inte ha granskats innan den upprättades. Kontrollera datumen.'
}

/** Who assessed the site, when it was someone else. */
export function checkAssessor(assessor: string | undefined, context: { document?: object }): true | string {
  const method = statementOf(context).assessment?.method
  return method === 'thirdParty' && !assessor?.trim() ? 'Ange vem som granskade webbplatsen.' : true
}

const checkEmail = (value: string | undefined) =>
  value === undefined || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
    ? true
    : 'Ange en e-postadress, till exempel namn@region.se.'

export const accessibilityStatement = defineType({
  name: 'accessibilityStatement',
  title: 'Tillgänglighetsredogörelse',
  description:
    'Lagen om tillgänglighet till digital offentlig service (2018:1937) kräver den. Visas på /tillganglighet.',
  type: 'document',
  groups: [
    { name: 'status', title: 'Förenlighet', default: true },
    { name: 'contact', title: 'Kontakt och tillsyn' },
    { name: 'assessment', title: 'Granskning och datum' },
    { name: 'texts', title: 'Rubriker och fasta texter' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      group: 'status',
      initialValue: 'Tillgänglighetsredogörelse för årsberättelsen',
      validation: (rule) => rule.required().error('Ge redogörelsen en rubrik.'),
    }),
    defineField({
      name: 'intro',
      title: 'Inledning',
      description: 'Vem som står bakom webbplatsen och vad redogörelsen beskriver.',
      type: 'richText',
      group: 'status',
      validation: (rule) => rule.required().error('Skriv en inledning: vem som står bakom webbplatsen.'),
    }),
    defineField({
      name: 'compliance',
      title: 'Hur väl uppfyller webbplatsen kraven?',
      type: 'string',
      group: 'status',
      options: { list: complianceLevels.map(({ value, title }) => ({ value, title })), layout: 'radio' },
      validation: (rule) =>
        rule.required().error('Ange hur väl webbplatsen uppfyller lagens krav: helt, delvis eller inte.'),
    }),
    defineField({
      name: 'inaccessibleContent',
      title: 'Innehåll som inte är tillgängligt',
      description: 'Varje brist för sig, med skälet och vad läsaren kan göra i stället.',
      type: 'array',
      group: 'status',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'inaccessibleItem',
          title: 'Brist',
          fields: [
            defineField({
              name: 'title',
              title: 'Vad som inte är tillgängligt',
              type: 'string',
              validation: (rule) => rule.required().error('Ange vilket innehåll som inte är tillgängligt.'),
            }),
            defineField({
              name: 'description',
              title: 'Beskrivning',
              description: 'Vad som inte fungerar, och för vem.',
              type: 'text',
              rows: 3,
              validation: (rule) =>
                rule.required().error('Beskriv bristen så att läsaren förstår vad som inte fungerar.'),
            }),
            defineField({
              name: 'reason',
              title: 'Skäl',
              type: 'string',
              options: { list: inaccessibleReasons.map(({ value, title }) => ({ value, title })), layout: 'radio' },
              validation: (rule) =>
                rule
                  .required()
                  .error('Ange skälet: bristande förenlighet, oskäligt betungande anpassning eller utanför lagen.'),
            }),
            defineField({
              name: 'requirements',
              title: 'Krav som inte uppfylls',
              description: 'Till exempel ”WCAG 2.2, 1.4.11 Kontrast för icke-textinnehåll”.',
              type: 'string',
            }),
            defineField({
              name: 'alternative',
              title: 'Vad läsaren kan göra i stället',
              type: 'text',
              rows: 2,
              validation: (rule) => rule.required().error('Skriv hur läsaren kan ta del av innehållet på annat sätt.'),
            }),
          ],
          preview: { select: { title: 'title', subtitle: 'reason' } },
        }),
      ],
      validation: (rule) => rule.custom(checkInaccessibleContent).error(),
    }),
    defineField({
      name: 'feedback',
      title: 'Rapportera brister och få innehåll på annat sätt',
      description: 'Hur läsaren meddelar er en brist, eller ber om innehåll i ett annat format.',
      type: 'richText',
      group: 'contact',
      validation: (rule) => rule.required().error('Berätta hur läsaren rapporterar brister: lagen kräver det.'),
    }),
    defineField({
      name: 'contact',
      title: 'Kontakt',
      type: 'object',
      group: 'contact',
      fields: [
        defineField({
          name: 'name',
          title: 'Namn',
          description: 'Till exempel regionens namn eller funktionen som tar emot synpunkter.',
          type: 'string',
          validation: (rule) => rule.required().error('Ange vem läsaren kontaktar.'),
        }),
        defineField({
          name: 'url',
          title: 'Webbformulär eller webbsida',
          type: 'url',
          validation: (rule) =>
            rule
              .uri(anyUri)
              .custom((href) =>
                href === undefined || isSafeHref(href) ? true : 'Adressen måste börja med https:// eller http://.',
              )
              .error(),
        }),
        defineField({
          name: 'email',
          title: 'E-post',
          type: 'string',
          validation: (rule) => rule.custom(checkEmail).error(),
        }),
        defineField({ name: 'phone', title: 'Telefon', type: 'string' }),
      ],
      validation: (rule) =>
        rule
          .required()
          .custom((contact: { url?: string; email?: string; phone?: string } | undefined) =>
            contact && !contact.url && !contact.email && !contact.phone?.trim()
              ? 'Ange minst ett sätt att nå er: webbsida, e-post eller telefon.'
              : true,
          )
          .error(),
    }),
    defineField({
      name: 'responseTime',
      title: 'Svarstid',
      description: 'Till exempel ”Vi svarar inom två arbetsdagar.”',
      type: 'string',
      group: 'contact',
      validation: (rule) => rule.required().error('Ange när läsaren kan vänta sig ett svar.'),
    }),
    defineField({
      name: 'enforcement',
      title: 'Tillsyn',
      description: 'Att Myndigheten för digital förvaltning (Digg) har tillsyn, och när läsaren kan vända sig dit.',
      type: 'richText',
      group: 'contact',
      validation: (rule) => rule.required().error('Berätta om tillsynsmyndigheten: lagen kräver det.'),
    }),
    {
      ...safeUrlField('enforcementUrl', 'Länk till tillsynsmyndighetens anmälan'),
      group: 'contact',
      initialValue: 'https://www.digg.se/tdosanmalan',
    },
    defineField({
      name: 'assessment',
      title: 'Hur webbplatsen granskades',
      type: 'object',
      group: 'assessment',
      fields: [
        defineField({
          name: 'method',
          title: 'Vem granskade',
          type: 'string',
          options: { list: assessmentMethods.map(({ value, title }) => ({ value, title })), layout: 'radio' },
          validation: (rule) =>
            rule.required().error('Ange om ni granskade själva eller om en extern part gjorde det.'),
        }),
        defineField({
          name: 'assessor',
          title: 'Extern granskare',
          type: 'string',
          hidden: ({ parent }) => (parent as { method?: string } | undefined)?.method !== 'thirdParty',
          validation: (rule) => rule.custom(checkAssessor).error(),
        }),
        defineField({
          name: 'description',
          title: 'Metod',
          description: 'Hur ni testade: verktyg, manuella tester, vad som inte testades.',
          type: 'richText',
          validation: (rule) => rule.required().error('Beskriv hur webbplatsen testades.'),
        }),
        defineField({
          name: 'assessedAt',
          title: 'Senaste bedömningen',
          type: 'date',
          validation: (rule) => rule.required().error('Ange när den senaste bedömningen gjordes.'),
        }),
      ],
      validation: (rule) => rule.required().error('Beskriv hur webbplatsen granskades: lagen kräver det.'),
    }),
    defineField({
      name: 'preparedAt',
      title: 'Redogörelsen upprättades',
      type: 'date',
      group: 'assessment',
      validation: (rule) => rule.required().error('Ange när redogörelsen upprättades.'),
    }),
    defineField({
      name: 'reviewedAt',
      title: 'Senast granskad',
      type: 'date',
      group: 'assessment',
      validation: (rule) => [
        rule.required().error('Ange när redogörelsen senast granskades.'),
        rule.custom(checkReviewedAt).error(),
      ],
    }),
    defineField({
      name: 'texts',
      title: 'Rubriker och fasta texter',
      description: 'Sidans rubriker och meningar efter Diggs mall. Ändra bara om mallens lydelse ändras.',
      type: 'object',
      group: 'texts',
      options: { collapsible: true, collapsed: true },
      fields: statementTextKeys.map((key) =>
        defineField({
          name: key,
          title: statementTextTitles[key],
          type: 'string',
          initialValue: defaultStatementTexts[key],
          validation: (rule) => rule.required().error('Texten behövs på redogörelsens sida.'),
        }),
      ),
    }),
  ],
  preview: { prepare: () => ({ title: 'Tillgänglighetsredogörelse' }) },
})
