import { defineQuery } from 'groq'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { defaultApiVersion } from '../../../model/sanityApi'
import type { ReportYearTakenQueryResult } from '../../../model/sanity.types'
import { prepareReport } from '../../previews/prepare'
import { maxReportYear, minReportYear } from '../../../model/rules'
import { noRepeatedReferences, referencedSlugsUnique } from './scopedUniqueness'

/** Other reports (drafts included) for the same year. */
const reportYearTakenQuery = defineQuery(
  'count(*[_type == "report" && year == $year && !(_id in [$id, "drafts." + $id])])',
)

export const report = defineType({
  name: 'report',
  title: 'Årsberättelse',
  type: 'document',
  fields: [
    defineField({
      name: 'year',
      title: 'År',
      description: 'Året som årsberättelsen handlar om. Blir adressen, till exempel /2018.',
      type: 'number',
      validation: (rule) => [
        rule
          .required()
          .integer()
          .min(minReportYear)
          .max(maxReportYear)
          .error(`Ange ett årtal mellan ${minReportYear} och ${maxReportYear}.`),
        rule
          .custom(async (year, context) => {
            if (typeof year !== 'number') return true
            const id = context.document?._id.replace(/^drafts\./, '')
            const taken = await context
              .getClient({ apiVersion: defaultApiVersion })
              .fetch<ReportYearTakenQueryResult>(reportYearTakenQuery, { year, id: id ?? '' })
            return taken === 0 ? true : `Det finns redan en årsberättelse för ${year}.`
          })
          .error(),
      ],
    }),
    defineField({
      name: 'title',
      title: 'Rubrik',
      description: 'Till exempel ”Årsberättelse 2018”.',
      type: 'string',
      validation: (rule) => rule.required().error('Ge årsberättelsen en rubrik.'),
    }),
    defineField({
      name: 'description',
      title: 'Kort beskrivning',
      description: 'En eller två meningar. Visas när en länk till årsberättelsen delas.',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.max(300).warning('Håll beskrivningen under 300 tecken.'),
    }),
    defineField({
      name: 'areas',
      title: 'Områden',
      description: 'I den ordning läsaren ser dem. Det första området visas först.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'area' }] })],
      validation: (rule) => [
        rule.required().min(1).error('En årsberättelse behöver minst ett område.'),
        rule.custom(noRepeatedReferences).error(),
        rule.custom(referencedSlugsUnique('områden')).error(),
      ],
    }),
  ],
  orderings: [{ title: 'År, nyast först', name: 'yearDesc', by: [{ field: 'year', direction: 'desc' }] }],
  preview: { select: { id: '_id', title: 'title', year: 'year' }, prepare: prepareReport },
})
