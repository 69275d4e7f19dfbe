/**
 * Sets of half-open time ranges `[start, end)` stored flat as `[start0, end0, start1, end1, …]`, which
 * keeps the hot loops on plain number arrays instead of small objects.
 */

/** Sorts and unions ranges; empty ranges are dropped and touching ranges are joined. */
export function mergeIntervals(flat: readonly number[]): number[] {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const start = flat[i]!;
    const end = flat[i + 1]!;
    if (end > start) pairs.push([start, end]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const lastEnd = merged.length - 1;
    if (lastEnd >= 0 && start <= merged[lastEnd]!) merged[lastEnd] = Math.max(merged[lastEnd]!, end);
    else merged.push(start, end);
  }
  return merged;
}
