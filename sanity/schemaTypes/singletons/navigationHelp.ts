import { defineArrayMember, defineField, defineType } from 'sanity'
import { helpIcons } from '../../../model/icons'

export const navigationHelp = defineType({
  name: 'navigationHelp',
  title: 'Navigeringshjälp',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      initialValue: 'Såhär navigerar du i årsberättelsen',
      validation: (rule) => rule.required().error('Ge navigeringshjälpen en rubrik.'),
    }),
    defineField({ name: 'intro', title: 'Inledning', type: 'text', rows: 3 }),
    defineField({
      name: 'items',
      title: 'Förklaringar',
      description: 'En rad per sätt att navigera, med ikonen den förklarar.',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'helpItem',
          title: 'Förklaring',
          fields: [
            defineField({
              name: 'icon',
              title: 'Ikon',
              type: 'string',
              options: { list: helpIcons.map(({ value, title }) => ({ value, title })) },
              validation: (rule) => rule.required().error('Välj ikonen som raden förklarar.'),
            }),
            defineField({
              name: 'text',
              title: 'Text',
              type: 'text',
              rows: 2,
              validation: (rule) => rule.required().error('Förklara vad ikonen gör.'),
            }),
          ],
          preview: { select: { title: 'text', subtitle: 'icon' } },
        }),
      ],
      validation: (rule) => rule.required().min(1).error('Lägg till minst en förklaring.'),
    }),
  ],
  preview: { prepare: () => ({ title: 'Navigeringshjälp' }) },
})
