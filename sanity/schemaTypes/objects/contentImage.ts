import { defineField, defineType, type PreviewValue } from 'sanity'
import { checkAltText } from '../../../model/imageRules'

interface ImageParent {
  decorative?: boolean
  caption?: string
  alt?: string
}

/**
 * An image with hotspot and crop, and the texts that go with it: the area's lead image, the
 * article's main image and the images in an article's body. The app crops it to each layout's
 * aspect ratio around the hotspot (Sanity's image CDN, or the build's variants with the bundled
 * dataset).
 */
export const contentImage = defineType({
  name: 'contentImage',
  title: 'Bild',
  type: 'image',
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternativtext',
      description:
        'Vad bilden visar, för den som inte ser den (skärmläsare, bilden laddas inte). Inte ”bild” eller ett filnamn, och inte samma som bildtexten.',
      type: 'string',
      hidden: ({ parent }: { parent?: ImageParent }) => Boolean(parent?.decorative),
      validation: (rule) =>
        rule
          .custom((alt: string | undefined, context) => {
            const parent = context.parent as ImageParent | undefined
            // An empty image (no file chosen yet) has nothing to describe.
            if (!parent || !('asset' in parent)) return true
            return checkAltText(alt, { decorative: parent.decorative, caption: parent.caption })
          })
          .error(),
    }),
    defineField({
      name: 'decorative',
      title: 'Dekorativ bild',
      description:
        'Kryssa i bara om bilden inte tillför något som texten inte redan säger. Då hoppar skärmläsare över den och ingen alternativtext behövs.',
      type: 'boolean',
      initialValue: false,
    }),
    defineField({
      name: 'caption',
      title: 'Bildtext',
      description: 'Visas under bilden. Frivillig.',
      type: 'string',
    }),
    defineField({
      name: 'credit',
      title: 'Fotograf eller upphov',
      description: 'Till exempel ”Foto: Anna Andersson” eller ”Illustration: Region Kronoberg”. Visas under bilden.',
      type: 'string',
      validation: (rule) =>
        rule
          .custom((credit: string | undefined, context) => {
            const parent = context.parent as { asset?: unknown } | undefined
            if (!parent?.asset || (credit ?? '').trim() !== '') return true
            return 'Ange vem som tagit eller gjort bilden, till exempel ”Foto: Anna Andersson”.'
          })
          .warning(),
    }),
  ],
  preview: {
    select: { media: 'asset', caption: 'caption', alt: 'alt', decorative: 'decorative' },
    // The image itself is the media (Sanity renders an asset reference given as media).
    prepare: ({ media, caption, alt, decorative }: { media?: PreviewValue['media'] } & ImageParent) => ({
      title: caption || alt || (decorative ? 'Dekorativ bild' : 'Bild utan alternativtext'),
      subtitle: caption && alt ? alt : undefined,
      media,
    }),
  },
})
