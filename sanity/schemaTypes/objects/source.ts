import { defineField, defineType } from 'sanity'
import { isSafeHref } from '../rules'

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
          .uri({ scheme: ['http', 'https'] })
          .custom((href) => (href === undefined || isSafeHref(href) ? true : 'Ange en adress som börjar med https://.')),
    }),
  ],
})
