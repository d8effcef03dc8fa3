import { defineArrayMember, defineField, defineType } from 'sanity'
import { chartProblems, chartRangeProblems, chartTypes, chartTypeWarnings } from '../../../model/rules'

const chartTypeTitles: Record<(typeof chartTypes)[number], string> = {
  bar: 'Stapeldiagram',
  donut: 'Ringdiagram',
  line: 'Linjediagram',
  none: 'Inget diagram',
}

export const chartSeries = defineType({
  name: 'chartSeries',
  title: 'Serie',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      description: 'Vad värdena är, till exempel ”Besök”.',
      type: 'string',
      validation: (rule) => rule.required().error('Ge serien ett namn.'),
    }),
    defineField({
      name: 'values',
      title: 'Värden',
      description: 'Ett värde per etikett, i samma ordning som etiketterna.',
      type: 'array',
      of: [defineArrayMember({ type: 'number' })],
      validation: (rule) =>
        rule.required().min(1).error('Ange seriens värden: ett tal per etikett, i etiketternas ordning.'),
    }),
  ],
  preview: {
    select: { title: 'name', values: 'values' },
    prepare: ({ title, values }) => ({ title, subtitle: `${(values ?? []).length} värden` }),
  },
})

export const chart = defineType({
  name: 'chart',
  title: 'Diagram',
  type: 'object',
  fields: [
    defineField({
      name: 'type',
      title: 'Typ',
      type: 'string',
      initialValue: 'bar',
      options: { list: chartTypes.map((value) => ({ value, title: chartTypeTitles[value] })), layout: 'radio' },
      validation: (rule) => rule.required().error('Välj en diagramtyp, eller ”Inget diagram”.'),
    }),
    defineField({
      name: 'title',
      title: 'Diagrammets rubrik',
      type: 'string',
      hidden: ({ parent }) => parent?.type === 'none',
    }),
    defineField({
      name: 'unit',
      title: 'Enhet för värdena',
      description: 'Till exempel ”antal besök”, ”kr” eller ”%”. Visas vid axeln och i tabellen.',
      type: 'string',
      hidden: ({ parent }) => parent?.type === 'none',
    }),
    defineField({
      name: 'categories',
      title: 'Etiketter',
      description: 'Till exempel år eller yrkesgrupper: en etikett per stapel, punkt eller ringdel.',
      type: 'array',
      of: [defineArrayMember({ type: 'string' })],
      hidden: ({ parent }) => parent?.type === 'none',
    }),
    defineField({
      name: 'series',
      title: 'Serier',
      type: 'array',
      of: [defineArrayMember({ type: 'chartSeries' })],
      hidden: ({ parent }) => parent?.type === 'none',
    }),
  ],
  validation: (rule) => [
    // Errors (they block publishing): the app cannot draw a chart whose series and labels disagree.
    rule
      .custom((value) => {
        const chart = value as Parameters<typeof chartRangeProblems>[0]
        const problems = [...chartProblems(chart), ...chartRangeProblems(chart)]
        return problems.length === 0 ? true : problems.join(' ')
      })
      .error(),
    // Warnings: sound numbers the chart type cannot show; readers get a table and a sentence why.
    rule
      .custom((value) => {
        const warnings = chartTypeWarnings(value as Parameters<typeof chartTypeWarnings>[0])
        return warnings.length === 0 ? true : warnings.join(' ')
      })
      .warning(),
  ],
})
