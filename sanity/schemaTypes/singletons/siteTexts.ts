import { defineField, defineType } from 'sanity'
import { siteTextKeys, siteTextLabels } from './siteTextLabels'

export const siteTexts = defineType({
  name: 'siteTexts',
  title: 'Texter i gränssnittet',
  description: 'Alla knappar, rubriker och meddelanden som läsaren ser.',
  type: 'document',
  fields: siteTextKeys.map((key) =>
    defineField({
      name: key,
      title: siteTextLabels[key].title,
      type: 'string',
      initialValue: siteTextLabels[key].default,
      validation: (rule) => rule.required().error('Texten behövs i gränssnittet.'),
    }),
  ),
  preview: { prepare: () => ({ title: 'Texter i gränssnittet' }) },
})
