import { defineArrayMember, defineField, defineType } from 'sanity'
import { uniquenessCheckedByRule, validSlugAmongSiblings } from './scopedUniqueness'

export const article = defineType({
  name: 'article',
  title: 'Artikel',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      type: 'string',
      validation: (rule) => rule.required().error('Ge artikeln en rubrik.'),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      options: { source: 'title', maxLength: 80, isUnique: uniquenessCheckedByRule },
      validation: (rule) => rule.required().custom(validSlugAmongSiblings).error(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publiceringsdatum',
      type: 'date',
      options: { dateFormat: 'D MMMM YYYY' },
      validation: (rule) => rule.required().error('Ange publiceringsdatum.'),
    }),
    defineField({
      name: 'lead',
      title: 'Ingress',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Skriv en ingress.'),
    }),
    defineField({ name: 'body', title: 'Brödtext', type: 'articleBody', validation: (rule) => rule.required() }),
    defineField({
      name: 'readMore',
      title: 'Läs mer',
      type: 'array',
      of: [defineArrayMember({ type: 'readMoreLink' })],
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'publishedAt' } },
})
