import { describe, expect, test } from 'vitest'
import type { SanityDocument } from 'sanity'
import { readDataset } from '../../support/dataset'
import { validateDocuments, type Marker } from '../../support/sanity-validation'

/** The dataset with one document changed, validated whole (custom rules read the others). */
async function problemsAfter(id: string, change: (doc: Record<string, unknown>) => void) {
  const documents = structuredClone(readDataset()) as unknown as SanityDocument[]
  const target = documents.find((doc) => doc._id === id)
  if (!target) throw new Error(`no document ${id}`)
  change(target)
  const results = await validateDocuments(documents)
  return [...results].flatMap(([docId, markers]: [string, Marker[]]) =>
    markers.filter((m) => m.level === 'error').map((m) => `${docId}: ${m.message}`),
  )
}

describe('validation stops broken content', () => {
  test('two statistics of one area with the same slug are refused, on both the statistic and the area', async () => {
    const problems = await problemsAfter('statistic-2018-vard-besok-per-patient', (doc) => {
      doc.slug = { _type: 'slug', current: 'besok' }
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^statistic-2018-vard-besok-per-patient: ”besok” används redan/),
        expect.stringMatching(/^area-2018-halso-och-sjukvard: Två statistiker i området har samma slug \(besok\)/),
      ]),
    )
  }, 60_000)

  test('a second report for a year that has one is refused', async () => {
    const problems = await problemsAfter('report-2017', (doc) => {
      doc.year = 2018
    })
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('Det finns redan en årsberättelse för 2018.')]),
    )
  }, 60_000)

  test('a chart series whose values do not match its labels is refused', async () => {
    const problems = await problemsAfter('statistic-2018-vard-besok', (doc) => {
      const chart = doc.chart as { series: { values: number[] }[] }
      chart.series[0]!.values = chart.series[0]!.values.slice(1)
    })
    expect(problems.join('\n')).toMatch(/statistic-2018-vard-besok: .* värden men diagrammet har \d+ etiketter/)
  }, 60_000)
})
