import { slugifyForField } from '../../slugify'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { prepareArticle } from '../../previews/prepare'
import { checkLegacyArticlePath } from '../../../model/legacyRules'
import { maxArticleDate, minArticleDate } from '../../../model/rules'
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
      options: { source: 'title', maxLength: 80, slugify: slugifyForField, isUnique: uniquenessCheckedByRule },
      validation: (rule) => rule.required().custom(validSlugAmongSiblings).error(),
    }),
    defineField({
      name: 'legacyPath',
      title: 'Adress på den gamla webbplatsen',
      description:
        'Valfritt. Artikelns adress i den tidigare årsberättelsen, till exempel /2019/02/28/utvecklingsstrategin-narmare-kronobergaren/: gamla länkar leder då hit.',
      type: 'string',
      validation: (rule) => rule.custom((path: string | undefined) => checkLegacyArticlePath(path)).error(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publiceringsdatum',
      type: 'date',
      options: { dateFormat: 'D MMMM YYYY' },
      validation: (rule) => [
        rule.required().error('Ange publiceringsdatum.'),
        rule
          .min(minArticleDate)
          .max(maxArticleDate)
          .error(`Ange ett datum mellan ${minArticleDate.slice(0, 4)} och ${maxArticleDate.slice(0, 4)}.`),
      ],
    }),
    defineField({
      name: 'lead',
      title: 'Ingress',
      type: 'text',
      rows: 3,
      validation: (rule) => rule.required().error('Skriv en ingress: en eller två meningar som sammanfattar artikeln.'),
    }),
    defineField({
      name: 'mainImage',
      title: 'Huvudbild',
      description: 'Frivillig. Visas ovanför rubriken. Välj fokuspunkten (hotspot): bilden beskärs till bredformat.',
      type: 'contentImage',
    }),
    defineField({
      name: 'body',
      title: 'Brödtext',
      type: 'articleBody',
      validation: (rule) => rule.required().error('Skriv artikelns brödtext.'),
    }),
    defineField({
      name: 'readMore',
      title: 'Läs mer',
      type: 'array',
      of: [defineArrayMember({ type: 'readMoreLink' })],
    }),
  ],
  preview: {
    select: { id: '_id', title: 'title', publishedAt: 'publishedAt', image: 'mainImage' },
    prepare: prepareArticle,
  },
})
