import { defineField, defineType } from 'sanity'

/**
 * The footer under every page (not the embed view): the region's name (the interface text
 * "Regionens namn"), how to contact it, and where the content's licence is stated. The links to
 * the accessibility statement and the newest report are added by the app.
 */
export const siteFooter = defineType({
  name: 'siteFooter',
  title: 'Sidfot',
  description: 'Visas längst ned på varje sida i årsberättelsen.',
  type: 'document',
  fields: [
    defineField({
      name: 'contact',
      title: 'Kontakt',
      description:
        'Hur läsaren når regionen: till exempel en länk till webbplatsens kontaktsida, e-post eller telefon.',
      type: 'richText',
      validation: (rule) => rule.required().error('Skriv hur läsaren kontaktar regionen.'),
    }),
    defineField({
      name: 'licence',
      title: 'Licens och användning',
      description: 'Vem som äger innehållet och hur andra får använda texter och siffror.',
      type: 'richText',
      validation: (rule) => rule.required().error('Ange vad som gäller för att använda innehållet.'),
    }),
  ],
  preview: { prepare: () => ({ title: 'Sidfot' }) },
})
