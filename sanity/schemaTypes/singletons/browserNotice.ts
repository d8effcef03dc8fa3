import { defineField, defineType } from 'sanity'

export const browserNotice = defineType({
  name: 'browserNotice',
  title: 'Meddelande om webbläsare',
  description: 'Visas för webbläsare som inte kan köra årsberättelsen.',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      initialValue: 'Angående din webbläsare',
      validation: (rule) => rule.required().error('Ge meddelandet en rubrik.'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'text',
      rows: 6,
      validation: (rule) =>
        rule.required().error('Skriv vad läsaren kan göra i stället, till exempel byta webbläsare.'),
    }),
  ],
  preview: { prepare: () => ({ title: 'Meddelande om webbläsare' }) },
})
