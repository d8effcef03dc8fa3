import { slugifyForField, swedishSlug } from '../../slugify'
import { defineField, defineType } from 'sanity'
import { uniquenessCheckedByRule, validSlugAmongSiblings } from './scopedUniqueness'
import { checkSlug, checkStatisticKey, duplicates } from '../../../model/rules'
import { prepareStatistic } from '../../previews/prepare'

export const statistic = defineType({
  name: 'statistic',
  title: 'Statistik',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      description: 'Kort, till exempel ”Besök i hälso- och sjukvården”.',
      type: 'string',
      validation: (rule) => rule.required().error('Ge statistiken en rubrik.'),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      description: 'Statistikens del av adressen, till exempel /2018/halso-och-sjukvard/besok.',
      type: 'slug',
      options: { source: 'title', maxLength: 60, slugify: slugifyForField, isUnique: uniquenessCheckedByRule },
      validation: (rule) => rule.required().custom(validSlugAmongSiblings).error(),
    }),
    defineField({
      name: 'formerSlugs',
      title: 'Tidigare slugar',
      description:
        'Slugar som statistiken har haft förut. Gamla länkar till dem leder hit, så att citat och inbäddningar fortsätter att fungera. Fylls i av sig själv när du publicerar en ändrad slug; ta bara bort en slug som ska få användas av annan statistik i området.',
      type: 'array',
      of: [{ type: 'string' }],
      options: { layout: 'tags' },
      validation: (rule) => rule.custom(checkFormerSlugs).error(),
    }),
    defineField({
      name: 'key',
      title: 'Nyckel',
      description:
        'Samma nyckel varje år för samma statistik, så att läsaren kan byta år och jämföra. Till exempel ”vard-besok”.',
      type: 'string',
      validation: (rule) => rule.required().custom(checkKeyWithSuggestion).error(),
    }),
    defineField({
      name: 'headline',
      title: 'Huvudmening',
      description: 'En eller ett par meningar. Talen infogas som ”Tal” (Infoga → Tal); det första är huvudtalet.',
      type: 'headline',
    }),
    defineField({
      name: 'unit',
      title: 'Enhet',
      description: 'Vad huvudtalet räknar, till exempel ”besök” eller ”procent”.',
      type: 'string',
    }),
    defineField({
      name: 'period',
      title: 'Period',
      description: 'Till exempel ”2018” eller ”2014–2017”.',
      type: 'string',
      validation: (rule) => rule.required().error('Ange vilken period siffrorna gäller.'),
    }),
    defineField({
      name: 'info',
      title: 'Information',
      description: 'Definition och förklaring. Visas när läsaren klickar på infoikonen.',
      type: 'richText',
      validation: (rule) => rule.required().warning('Statistik utan förklaring är svår att tolka.'),
    }),
    defineField({
      name: 'source',
      title: 'Källa',
      type: 'source',
      validation: (rule) =>
        rule
          .custom((value: { name?: string } | undefined) =>
            value?.name ? true : 'Ange en källa så att läsaren kan kontrollera siffrorna.',
          )
          .warning(),
    }),
    defineField({
      name: 'chart',
      title: 'Diagram',
      type: 'chart',
      // The chart type's own rule (labels and values that match, sensible percentages) is an error.
    }),
  ],
  preview: {
    select: { id: '_id', title: 'title', headline: 'headline', period: 'period' },
    prepare: prepareStatistic,
  },
})

/**
 * The key's rule, with a key made from the title (the same Swedish slugify as the slug fields)
 * suggested when the key is missing or malformed: the editor can copy it.
 */
export function checkKeyWithSuggestion(key: string | undefined, context: { document?: object }): true | string {
  const problem = checkStatisticKey(key)
  if (problem === true) return true
  const title = (context.document as { title?: unknown } | undefined)?.title
  const suggestion = typeof title === 'string' ? swedishSlug(title, 60) : ''
  return suggestion !== '' && checkStatisticKey(suggestion) === true ? `${problem} Förslag: ”${suggestion}”.` : problem
}

/**
 * Former slugs are URL slugs like any other (`checkSlug`), each listed once and none of them the
 * statistic's slug now (that address is the statistic's own, not a redirect).
 */
export function checkFormerSlugs(
  formerSlugs: readonly unknown[] | undefined,
  context: { document?: object },
): true | string {
  const list = formerSlugs ?? []
  for (const former of list) {
    const problem = checkSlug(typeof former === 'string' ? former : undefined)
    if (problem !== true) return typeof former === 'string' && former ? `”${former}”: ${problem}` : problem
  }
  const repeated = duplicates(list as readonly string[])
  if (repeated.length > 0) return `${repeated.join(', ')} står mer än en gång i listan.`
  const current = (context.document as { slug?: { current?: unknown } } | undefined)?.slug?.current
  if (typeof current === 'string' && list.includes(current)) {
    return `”${current}” är statistikens nuvarande slug. Ta bort den ur listan över tidigare slugar.`
  }
  return true
}
