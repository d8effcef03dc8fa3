import { slugifyForField } from '../../slugify'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { prepareArea } from '../../previews/prepare'
import { areaIcons } from '../../../model/icons'
import { checkLegacyCode } from '../../../model/legacyRules'
import {
  noRepeatedReferences,
  referencedSlugsUnique,
  uniquenessCheckedByRule,
  validSlugAmongSiblings,
} from './scopedUniqueness'

export const area = defineType({
  name: 'area',
  title: 'Område',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Rubrik',
      description: 'Till exempel ”Hälso- och sjukvård”.',
      type: 'string',
      validation: (rule) => rule.required().error('Ge området en rubrik.'),
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      description: 'Områdets del av adressen, till exempel /2018/halso-och-sjukvard.',
      type: 'slug',
      options: { source: 'title', maxLength: 60, slugify: slugifyForField, isUnique: uniquenessCheckedByRule },
      validation: (rule) => rule.required().custom(validSlugAmongSiblings).error(),
    }),
    defineField({
      name: 'legacyCode',
      title: 'Kod på den gamla webbplatsen',
      description:
        'Valfritt. Områdets kod i den tidigare årsberättelsens adresser (”sjukvard” i /arsberattelser/2018/?omrade=sjukvard): gamla länkar leder då hit.',
      type: 'string',
      validation: (rule) => rule.custom((code: string | undefined) => checkLegacyCode(code)).error(),
    }),
    defineField({
      name: 'subtitle',
      title: 'Underrubrik',
      description: 'Till exempel ”Kronobergarnas vårdkonsumtion”.',
      type: 'string',
    }),
    defineField({
      name: 'icon',
      title: 'Ikon',
      type: 'string',
      options: { list: areaIcons.map(({ value, title }) => ({ value, title })) },
      validation: (rule) => rule.required().error('Välj en ikon för områdets knapp.'),
    }),
    defineField({
      name: 'leadImage',
      title: 'Huvudbild',
      description:
        'Frivillig. Visas överst i området. Välj fokuspunkten (hotspot): bilden beskärs olika på mobil och dator.',
      type: 'contentImage',
    }),
    defineField({
      name: 'intro',
      title: 'Inledning',
      description: 'Områdets mål och en kort sammanfattning av året.',
      type: 'richText',
    }),
    defineField({
      name: 'plainLanguage',
      title: 'Lättläst sammanfattning',
      description:
        'Frivillig. Området på lättläst svenska: korta meningar, vanliga ord, en sak i taget, inga nya siffror. Läsaren når den från området via ”Lättläst”, på /{år}/{område}/lattlast.',
      type: 'richText',
    }),
    defineField({
      name: 'statistics',
      title: 'Statistik',
      description: 'I den ordning läsaren bläddrar. Den första är områdets förgrundsstatistik.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'statistic' }] })],
      validation: (rule) => [
        rule.required().min(1).error('Ett område behöver minst en statistik att visa.'),
        rule.custom(noRepeatedReferences).error(),
        rule.custom(referencedSlugsUnique('statistiker i området')).error(),
      ],
    }),
    defineField({
      name: 'articles',
      title: 'Artiklar',
      description: 'I den ordning de listas under områdets artiklar.',
      type: 'array',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'article' }] })],
      validation: (rule) => [
        rule.custom(noRepeatedReferences).error(),
        rule.custom(referencedSlugsUnique('artiklar i området')).error(),
      ],
    }),
  ],
  preview: {
    select: { id: '_id', title: 'title', subtitle: 'subtitle', icon: 'icon', image: 'leadImage' },
    prepare: prepareArea,
  },
})
