/** The statistics the benchmark reports: medians of repeated runs, percentiles of many samples. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** How far repeated measurements spread: lowest, quartiles (nearest rank), highest. */
export function spread(values: number[]): { min: number; q1: number; q3: number; max: number } {
  return {
    min: Math.min(...values),
    q1: percentile(values, 25),
    q3: percentile(values, 75),
    max: Math.max(...values),
  }
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
