import { defineField, defineType } from 'sanity'
import { anyUri, isSafeHref } from '../../../model/rules'

const unsafeMessage = 'Länken måste börja med https://, http://, mailto: eller tel:.'

/** A URL field that accepts only the schemes the app will render as a link. */
export function safeUrlField(name: string, title: string) {
  return defineField({
    name,
    title,
    type: 'url',
    validation: (rule) => [
      rule.required().uri(anyUri).error('Ange adressen som länken leder till.'),
      rule
        .uri(anyUri)
        .custom((href) => (href === undefined || isSafeHref(href) ? true : unsafeMessage))
        .error(),
    ],
  })
}

/** The link annotation used in every rich text. */
export const link = defineType({
  name: 'link',
  title: 'Länk',
  type: 'object',
  fields: [safeUrlField('href', 'Adress')],
})

export const readMoreLink = defineType({
  name: 'readMoreLink',
  title: 'Läs mer-länk',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Länktext',
      type: 'string',
      validation: (rule) => rule.required().error('Skriv en länktext som säger vart länken leder.'),
    }),
    safeUrlField('url', 'Adress'),
  ],
  preview: { select: { title: 'label', subtitle: 'url' } },
})
