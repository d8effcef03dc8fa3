import { defineArrayMember, defineType } from 'sanity'

const marks = {
  decorators: [
    { title: 'Fet', value: 'strong' },
    { title: 'Kursiv', value: 'em' },
  ],
  annotations: [defineArrayMember({ type: 'link' })],
}

/** Paragraphs with emphasis and links: intro texts, info texts, the accessibility statement. */
export const richText = defineType({
  name: 'richText',
  title: 'Text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Normal', value: 'normal' }],
      lists: [{ title: 'Punktlista', value: 'bullet' }],
      marks,
    }),
  ],
})

/** An article's body: paragraphs, sub-headings, lists, links, quotes and images (at text width). */
export const articleBody = defineType({
  name: 'articleBody',
  title: 'Brödtext',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Mellanrubrik', value: 'h2' },
        { title: 'Underrubrik', value: 'h3' },
      ],
      lists: [
        { title: 'Punktlista', value: 'bullet' },
        { title: 'Numrerad lista', value: 'number' },
      ],
      marks,
    }),
    defineArrayMember({ type: 'quote' }),
    defineArrayMember({ type: 'contentImage' }),
  ],
})
