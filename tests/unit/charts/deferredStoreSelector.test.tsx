import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { act, render, screen, waitFor } from '@testing-library/react'
import { Profiler, useState } from 'react'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
// The specifier recharts imports: the build (and this test) resolve it to our module.
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/shim/with-selector'
import { useSyncExternalStoreWithSelector as deferred } from '../../../src/features/charts/deferredStoreSelector'

/** A store like recharts' own: state replaced on every change, listeners told afterwards. */
function createStore<State>(initial: State) {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    set(next: State) {
      state = next
      for (const listener of listeners) listener()
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    listeners,
  }
}

type Store = ReturnType<typeof createStore<{ count: number; label: string }>>

function Count({ store, commits }: { store: Store; commits: string[] }) {
  const count = deferred(store.subscribe, store.getState, null, (state) => state.count)
  return (
    <Profiler id="count" onRender={(_id, phase) => commits.push(phase)}>
      <p data-testid="count">{count}</p>
    </Profiler>
  )
}

// React renders transitions from the scheduler's own tasks; act() would flush them at once.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
let previousActEnvironment: boolean | undefined
beforeEach(() => {
  previousActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false
})
afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = previousActEnvironment
})

describe('recharts’ store subscriptions as transitions', () => {
  test('recharts’ import of the module is this one', () => {
    expect(useSyncExternalStoreWithSelector).toBe(deferred)
  })

  test('recharts reads its store through that module only (a new recharts could change that)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : []
      })
    const imports = files(join(process.cwd(), 'node_modules/recharts/es6')).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /import \{([^}]*)\} from '(use-sync-external-store[^']*|react-redux|react)'/g,
        ),
      ].map((match) => ({ names: match[1] ?? '', from: match[2] ?? '' })),
    )
    expect(
      imports.filter((entry) => entry.from.startsWith('use-sync-external-store')).map((entry) => entry.from),
    ).toEqual(['use-sync-external-store/shim/with-selector'])
    const otherSubscriptions = imports.filter(
      (entry) =>
        entry.from !== 'use-sync-external-store/shim/with-selector' &&
        /\buse(SyncExternalStore|Selector|Store)\b/.test(entry.names),
    )
    expect(otherSubscriptions).toEqual([])
  })

  test('reads the store while rendering, and follows a change in a later task, not in the same one', async () => {
    const store: Store = createStore({ count: 1, label: 'a' })
    const commits: string[] = []
    render(<Count store={store} commits={commits} />)
    expect(screen.getByTestId('count')).toHaveTextContent('1')
    await waitFor(() => expect(store.listeners.size).toBe(1))

    store.set({ count: 2, label: 'a' })
    // A synchronous subscription would have rendered by the end of these microtasks.
    await Promise.resolve()
    await Promise.resolve()
    expect(screen.getByTestId('count')).toHaveTextContent('1')
    await waitFor(() => expect(screen.getByTestId('count')).toHaveTextContent('2'))
  })

  test('a change the selector does not see renders nothing', async () => {
    const store: Store = createStore({ count: 1, label: 'a' })
    const commits: string[] = []
    render(<Count store={store} commits={commits} />)
    await waitFor(() => expect(store.listeners.size).toBe(1))
    const before = commits.length
    store.set({ count: 1, label: 'b' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(commits.length).toBe(before)
  })

  test('a change between the first render and the subscription is not lost', async () => {
    const store: Store = createStore({ count: 1, label: 'a' })
    function ChangesOnMount() {
      // Runs before Count's subscription effect, as recharts' registration effects do.
      useState(() => queueMicrotask(() => store.set({ count: 5, label: 'a' })))
      return null
    }
    render(
      <>
        <ChangesOnMount />
        <Count store={store} commits={[]} />
      </>,
    )
    await waitFor(() => expect(screen.getByTestId('count')).toHaveTextContent('5'))
  })

  test('an equal selection keeps its reference, as the original does', async () => {
    const store = createStore({ items: [1, 2] })
    const seen: number[][] = []
    const sameItems = (a: number[], b: number[]) => a.length === b.length && a.every((item, index) => item === b[index])
    function Items() {
      const items = deferred(store.subscribe, store.getState, null, (state) => [...state.items], sameItems)
      const [, setTick] = useState(0)
      seen.push(items)
      return (
        <button type="button" onClick={() => setTick((tick) => tick + 1)}>
          {items.join(',')}
        </button>
      )
    }
    render(<Items />)
    await act(async () => screen.getByRole('button').click())
    await waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2))
    expect(seen[seen.length - 1]).toBe(seen[0])
  })

  test('stops listening when the component goes', async () => {
    const store: Store = createStore({ count: 1, label: 'a' })
    const { unmount } = render(<Count store={store} commits={[]} />)
    await waitFor(() => expect(store.listeners.size).toBe(1))
    unmount()
    expect(store.listeners.size).toBe(0)
  })

  test('many changes in one task: each part looks once, after the last, and shows the last state', async () => {
    // A chart's parts register from the effects of one commit, one change each: comparing
    // every part after each change ran every selector once per part.
    const store: Store = createStore({ count: 0, label: 'a' })
    const looks = new Map<string, number>()
    function Part({ name }: { name: string }) {
      const count = deferred(store.subscribe, store.getState, null, (state) => {
        looks.set(name, (looks.get(name) ?? 0) + 1)
        return state.count
      })
      return <p data-testid={name}>{count}</p>
    }
    const names = ['axis', 'grid', 'line', 'dots', 'tooltip']
    render(
      <>
        {names.map((name) => (
          <Part key={name} name={name} />
        ))}
      </>,
    )
    await waitFor(() => expect(store.listeners.size).toBe(names.length))
    await new Promise((resolve) => setTimeout(resolve, 0))
    looks.clear()
    for (let change = 1; change <= 20; change++) store.set({ count: change, label: 'a' })
    // Nothing is compared while the changes come…
    expect([...looks.values()]).toEqual([])
    await Promise.resolve()
    // …and each part compares once when they are over.
    expect(Object.fromEntries(looks)).toEqual(Object.fromEntries(names.map((name) => [name, 1])))
    for (const name of names) await waitFor(() => expect(screen.getByTestId(name)).toHaveTextContent('20'))
  })

  test('a part that goes while its look is queued is not looked at', async () => {
    const store: Store = createStore({ count: 0, label: 'a' })
    let looks = 0
    function Part() {
      deferred(store.subscribe, store.getState, null, (state) => {
        looks++
        return state.count
      })
      return null
    }
    const { unmount } = render(<Part />)
    await waitFor(() => expect(store.listeners.size).toBe(1))
    await new Promise((resolve) => setTimeout(resolve, 0))
    looks = 0
    store.set({ count: 1, label: 'a' })
    unmount()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(looks).toBe(0)
  })
})
