/**
 * The objects of a list from the CMS, without the holes: a dangling reference arrives as null,
 * and content may hold anything where an object should be. Not an array: no items.
 */
export function compact<T>(items: readonly (T | null | undefined)[] | null | undefined): T[] {
  return Array.isArray(items) ? items.filter((item): item is T => item != null && typeof item === 'object') : []
}
