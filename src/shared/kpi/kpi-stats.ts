/** Small statistics over number arrays; empty input gives null (no data), never NaN or 0. */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function max(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let best = -Infinity;
  for (const v of values) if (v > best) best = v;
  return best;
}

/** Sorts a copy once; median and percentiles then read it. */
export function sortedCopy(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Middle value; the mean of the two middle values for an even count. */
export function median(sorted: Float64Array): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >>> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(sorted: Float64Array, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sorted[rank - 1]!;
}

export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}
