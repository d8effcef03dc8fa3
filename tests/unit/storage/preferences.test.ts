import { afterEach, describe, expect, test, vi } from 'vitest'
import { readPreference, removePreference, writePreference } from '../../../src/shared/storage/preferences'

const key = 'arsberattelse:test'

/** A working in-memory Storage, with any method replaceable. */
function memoryStorage(overrides: Partial<Storage> = {}): Storage {
  const values = new Map<string, string>()
  return {
    get length() {
      return values.size
    },
    clear: () => values.clear(),
    getItem: (name) => values.get(name) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (name) => void values.delete(name),
    setItem: (name, value) => void values.set(name, String(value)),
    ...overrides,
  }
}

function stubWindow(window: object | undefined) {
  vi.stubGlobal('window', window)
}

const securityError = () => new DOMException('The operation is insecure.', 'SecurityError')
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

afterEach(() => vi.unstubAllGlobals())

describe('preferences with working storage', () => {
  test('write, read and remove round-trip', () => {
    stubWindow({ localStorage: memoryStorage() })
    expect(readPreference(key)).toBeNull()
    expect(writePreference(key, 'true')).toBe(true)
    expect(readPreference(key)).toBe('true')
    expect(removePreference(key)).toBe(true)
    expect(readPreference(key)).toBeNull()
  })
})

describe('preferences never throw; an unusable storage means "not remembered"', () => {
  const cases: [string, () => object | undefined][] = [
    ['no window (server render)', () => undefined],
    ['a window without localStorage', () => ({ localStorage: undefined })],
    [
      'localStorage that throws on access (disabled storage, SecurityError)',
      () =>
        Object.defineProperty({}, 'localStorage', {
          get() {
            throw securityError()
          },
        }),
    ],
    [
      'every storage method throwing',
      () => ({
        localStorage: memoryStorage({
          getItem: () => {
            throw securityError()
          },
          setItem: () => {
            throw securityError()
          },
          removeItem: () => {
            throw securityError()
          },
        }),
      }),
    ],
  ]

  test.each(cases)('%s', (_name, makeWindow) => {
    stubWindow(makeWindow())
    expect(readPreference(key)).toBeNull()
    expect(writePreference(key, 'true')).toBe(false)
    expect(removePreference(key)).toBe(false)
    expect(readPreference(key)).toBeNull()
  })

  test('a full storage (QuotaExceededError on setItem): nothing is remembered, reading still works', () => {
    const storage = memoryStorage({
      setItem: () => {
        throw quotaError()
      },
    })
    stubWindow({ localStorage: storage })
    expect(writePreference(key, 'true')).toBe(false)
    expect(readPreference(key)).toBeNull()
    expect(removePreference(key)).toBe(true)
  })

  test('a value that is not a string (a broken stub) reads as nothing', () => {
    stubWindow({ localStorage: memoryStorage({ getItem: () => 42 as unknown as string }) })
    expect(readPreference(key)).toBeNull()
  })
})
