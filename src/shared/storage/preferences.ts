/**
 * A reader's preferences on this device (such as "don't show the navigation help again").
 *
 * The only place the app touches localStorage. Content comes from the CMS and the position in
 * the report from the URL; only small, optional preferences live here. Storage can be missing
 * (server render), refused on access (Safari's private mode in older versions, storage disabled
 * by the user or a policy: SecurityError) or full (QuotaExceededError). None of these is an
 * error for the reader: a preference that cannot be read or written is simply not remembered.
 * So these functions never throw.
 */

function storage(): Storage | null {
  try {
    if (typeof window === 'undefined') return null
    return window.localStorage ?? null
  } catch {
    return null
  }
}

/** The stored value, or null when there is none or storage cannot be read. */
export function readPreference(key: string): string | null {
  try {
    const value = storage()?.getItem(key)
    return typeof value === 'string' ? value : null
  } catch {
    return null
  }
}

/** Remembers a value; false when it could not be stored (it will not be remembered). */
export function writePreference(key: string, value: string): boolean {
  try {
    const store = storage()
    if (!store) return false
    store.setItem(key, value)
    return true
  } catch {
    return false
  }
}

/** Forgets a value; false when storage could not be reached. */
export function removePreference(key: string): boolean {
  try {
    const store = storage()
    if (!store) return false
    store.removeItem(key)
    return true
  } catch {
    return false
  }
}
