import { defineField, defineType } from 'sanity'
import { anyUri, isSafeHref } from '../../../model/rules'

const sourceUrlMessage = 'Ange en hel adress som börjar med https:// (eller http://).'

export const source = defineType({
  name: 'source',
  title: 'Källa',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Namn',
      description: 'Till exempel ”Region Kronoberg, årsredovisning 2018”.',
      type: 'string',
      validation: (rule) => rule.required().error('Ange källans namn.'),
    }),
    defineField({
      name: 'url',
      title: 'Adress',
      type: 'url',
      validation: (rule) =>
        rule
          .uri(anyUri)
          .custom((href) =>
            href === undefined || (isSafeHref(href) && /^https?:/i.test(href)) ? true : sourceUrlMessage,
          )
          .error(),
    }),
  ],
})
