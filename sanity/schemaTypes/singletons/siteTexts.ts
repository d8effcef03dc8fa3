import { defineField, defineType } from 'sanity'
import { defaultSiteTexts, siteTextKeys } from '../../../model/siteTextDefaults'
import { siteTextTitles } from './siteTextTitles'

export const siteTexts = defineType({
  name: 'siteTexts',
  title: 'Texter i gränssnittet',
  description: 'Alla knappar, rubriker och meddelanden som läsaren ser.',
  type: 'document',
  fields: siteTextKeys.map((key) =>
    defineField({
      name: key,
      title: siteTextTitles[key],
      type: 'string',
      initialValue: defaultSiteTexts[key],
      validation: (rule) => rule.required().error('Texten behövs i gränssnittet.'),
    }),
  ),
  preview: { prepare: () => ({ title: 'Texter i gränssnittet' }) },
})
