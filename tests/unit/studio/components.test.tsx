import { act, render, screen, waitFor } from '@testing-library/react'
import { evaluate, parse } from 'groq-js'
import type { DocumentActionDescription, DocumentActionProps } from 'sanity'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { readDataset } from '../../support/dataset'

/**
 * The Studio components around the pure functions, rendered with the Studio's hooks replaced:
 * `useClient` answers with groq-js over the sample dataset and records transactions.
 */
const state = vi.hoisted(() => ({
  documents: [] as object[],
  committed: [] as object[][],
  navigated: [] as unknown[],
  editState: { draft: null as object | null, published: null as object | null, ready: true },
}))

vi.mock('sanity', () => {
  const client = {
    fetch: async (query: string, params: Record<string, unknown> = {}) =>
      (await evaluate(parse(query, { params }), { dataset: state.documents, params })).get(),
    withConfig: () => client,
    transaction: () => {
      const created: object[] = []
      const transaction = {
        create: (doc: object) => (created.push(doc), transaction),
        commit: async () => state.committed.push(created),
      }
      return transaction
    },
  }
  return { useClient: () => client, useEditState: () => state.editState }
})
vi.mock('sanity/router', () => ({
  useRouter: () => ({ navigateIntent: (...args: unknown[]) => state.navigated.push(args) }),
}))

const { StartNextYearAction } = await import('../../../sanity/nextYear/StartNextYearAction')
const { OpenInReportAction } = await import('../../../sanity/openInReport/OpenInReportAction')
const { areaMedia, reportStatusMedia } = await import('../../../sanity/previews/media')

const sample = () =>
  structuredClone(readDataset()) as unknown as ({ _id: string; _type: string } & Record<string, unknown>)[]
const find = (id: string) =>
  state.documents.find((doc) => (doc as { _id: string })._id === id) as DocumentActionProps['published']

beforeEach(() => {
  state.documents = sample()
  state.committed = []
  state.navigated = []
})

/** Renders a document action as the Studio would call it, exposing its latest description. */
function renderAction(
  action: (props: DocumentActionProps) => DocumentActionDescription | null,
  id: string,
  type: string,
) {
  const latest: { current: DocumentActionDescription | null } = { current: null }
  const onComplete = vi.fn()
  function Host() {
    latest.current = action({
      id,
      type,
      draft: null,
      published: find(id),
      onComplete,
    } as unknown as DocumentActionProps)
    return <span data-testid="title">{latest.current?.title as string}</span>
  }
  render(<Host />)
  return { latest, onComplete }
}

describe('"Starta nästa år"', () => {
  test('is refused, with the reason as its title, when next year’s report exists', async () => {
    const { latest } = renderAction(StartNextYearAction, 'report-2018', 'report')
    await waitFor(() =>
      expect(screen.getByTestId('title')).toHaveTextContent('Det finns redan en årsberättelse för 2019.'),
    )
    expect(latest.current).toMatchObject({ label: 'Starta nästa år', disabled: true })
  })

  test('after confirming, creates the drafts in one transaction and opens the new report', async () => {
    const { latest, onComplete } = renderAction(StartNextYearAction, 'report-2019', 'report')
    await waitFor(() => expect(latest.current?.disabled).toBe(false))
    act(() => latest.current!.onHandle!())
    expect(latest.current?.dialog).toMatchObject({
      type: 'confirm',
      message: expect.stringContaining('Årsberättelse 2020'),
    })
    await act(async () => (latest.current!.dialog as { onConfirm: () => void }).onConfirm())
    await waitFor(() => expect(state.committed).toHaveLength(1))
    const created = state.committed[0] as { _id: string }[]
    expect(created[0]).toMatchObject({ _id: 'drafts.report-2020', year: 2020 })
    expect(created.filter((doc) => doc._id.startsWith('drafts.area-2020-'))).toHaveLength(5)
    await waitFor(() => expect(state.navigated).toEqual([['edit', { id: 'report-2020', type: 'report' }]]))
    expect(onComplete).toHaveBeenCalled()
  })
})

describe('"Öppna i årsberättelsen"', () => {
  test('opens a statistic’s page in the Presentation tool, beside the form', async () => {
    const { latest } = renderAction(OpenInReportAction, 'statistic-2018-vard-besok', 'statistic')
    await waitFor(() => expect(latest.current?.disabled).toBe(false))
    expect(latest.current).toMatchObject({
      label: 'Öppna i årsberättelsen',
      title: 'Förhandsvisa /2018/halso-och-sjukvard/besok',
    })
    latest.current!.onHandle!()
    expect(state.navigated).toEqual([
      [
        'edit',
        {
          id: 'statistic-2018-vard-besok',
          type: 'statistic',
          mode: 'presentation',
          presentation: 'presentation',
          preview: '/2018/halso-och-sjukvard/besok',
        },
      ],
    ])
  })

  test('is disabled, saying why, for a statistic no area lists', async () => {
    state.documents.push({ _id: 'statistic-ny', _type: 'statistic', slug: { current: 'ny' } })
    const { latest } = renderAction(OpenInReportAction, 'statistic-ny', 'statistic')
    await waitFor(() =>
      expect(screen.getByTestId('title')).toHaveTextContent('Statistiken finns inte i något område ännu.'),
    )
    expect(latest.current?.disabled).toBe(true)
  })
})

describe('preview media', () => {
  test('a statistic’s media names its area and year', async () => {
    const Media = areaMedia('statistic-2019-vard-komiljarden')
    render(<Media />)
    expect(await screen.findByRole('img', { name: 'Hälso- och sjukvård, 2019' })).toBeInTheDocument()
  })

  test('a report’s media names its publication state', () => {
    state.editState = { draft: { _id: 'drafts.report-2019' }, published: { _id: 'report-2019' }, ready: true }
    const Media = reportStatusMedia('report-2019')
    render(<Media />)
    expect(screen.getByRole('img', { name: 'Publicerad, med ändringar som inte är publicerade' })).toBeInTheDocument()
  })
})
