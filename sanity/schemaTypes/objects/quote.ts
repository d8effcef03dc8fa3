import { defineField, defineType } from 'sanity'

export const quote = defineType({
  name: 'quote',
  title: 'Citat',
  type: 'object',
  fields: [
    defineField({
      name: 'text',
      title: 'Citat',
      type: 'text',
      rows: 4,
      validation: (rule) => rule.required().error('Skriv citatet.'),
    }),
    defineField({
      name: 'name',
      title: 'Namn',
      type: 'string',
      validation: (rule) => rule.required().error('Ange vem som citeras.'),
    }),
    defineField({
      name: 'role',
      title: 'Roll',
      description: 'Till exempel ”utvecklingsdirektör”.',
      type: 'string',
    }),
  ],
  preview: {
    select: { title: 'text', name: 'name', role: 'role' },
    prepare: ({ title, name, role }) => ({
      title: `”${title ?? ''}”`,
      subtitle: [name, role].filter(Boolean).join(', '),
    }),
  },
})
