import { defineField, defineType } from 'sanity'

export const accessibilityStatement = defineType({
  name: 'accessibilityStatement',
  title: 'Tillgänglighetsredogörelse',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      initialValue: 'Tillgänglighet för årsberättelsen',
      validation: (rule) => rule.required().error('Ge redogörelsen en rubrik.'),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Senast granskad',
      type: 'date',
      validation: (rule) => rule.required().error('Ange när redogörelsen senast granskades.'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'richText',
      validation: (rule) => rule.required().error('Skriv redogörelsen: lagen kräver att den finns.'),
    }),
  ],
  preview: { prepare: () => ({ title: 'Tillgänglighetsredogörelse' }) },
})
