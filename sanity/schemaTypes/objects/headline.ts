import { defineArrayMember, defineField, defineType } from 'sanity'
import { formatFigure } from '../../../model/format/number'
import { checkPercent, maxFigureDecimals, minFigureDecimals } from '../../../model/rules'

/**
 * A number inside a headline sentence. Stored as a number, never as typed digits, so the app
 * can format it sv-SE ("1 037 034", "6,8", "12,00 %"), emphasise it and let screen readers read
 * it as one number.
 */
export const headlineFigure = defineType({
  name: 'headlineFigure',
  title: 'Tal',
  type: 'object',
  fields: [
    defineField({
      name: 'value',
      title: 'Värde',
      type: 'number',
      validation: (rule) => [
        rule.required().error('Ange talet. (Ett nytt års utkast har tomma tal att fylla i.)'),
        rule
          .custom((value, context) => checkPercent(value, (context.parent as { unit?: unknown } | undefined)?.unit))
          .error(),
      ],
    }),
    defineField({
      name: 'decimals',
      title: 'Antal decimaler',
      description: 'Lämna tomt för att visa talet som det är. 2 ger till exempel ”12,00”.',
      type: 'number',
      validation: (rule) =>
        rule
          .integer()
          .min(minFigureDecimals)
          .max(maxFigureDecimals)
          .error(`Välj ${minFigureDecimals}–${maxFigureDecimals} decimaler (ett heltal).`),
    }),
    defineField({
      name: 'unit',
      title: 'Enhet direkt efter talet',
      description: 'Till exempel ”%”, ”kr” eller ”mnkr”. Lämna tomt om enheten står i meningen.',
      type: 'string',
      validation: (rule) => rule.max(20).error('Skriv enheten kort, högst 20 tecken (till exempel ”mnkr”).'),
    }),
  ],
  preview: {
    select: { value: 'value', decimals: 'decimals', unit: 'unit' },
    prepare: ({ value, decimals, unit }) => ({
      title: typeof value === 'number' ? formatFigure({ value, decimals, unit }) : 'Tal saknas',
    }),
  },
})

/**
 * The headline: one or a few sentences with numbers as inline figures. The first figure is the
 * statistic's headline value (shown in previews and compared across years).
 */
export const headline = defineType({
  name: 'headline',
  title: 'Huvudmening',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [{ title: 'Normal', value: 'normal' }],
      lists: [],
      marks: { decorators: [], annotations: [] },
      of: [defineArrayMember({ type: 'headlineFigure' })],
    }),
  ],
  validation: (rule) => [
    rule.required().error('Skriv huvudmeningen, med statistikens tal som ”Tal” (Infoga → Tal).'),
    rule
      .custom((blocks) => {
        if (!blocks || blocks.length === 0) return true // the rule above says what is missing
        const hasFigure = blocks.some(
          (block) =>
            Array.isArray((block as { children?: unknown }).children) &&
            (block as { children: { _type?: string }[] }).children.some((c) => c._type === 'headlineFigure'),
        )
        return hasFigure ? true : 'Huvudmeningen behöver minst ett tal (Infoga → Tal).'
      })
      .error(),
  ],
})
