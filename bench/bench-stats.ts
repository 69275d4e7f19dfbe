/** Figures are printed as JSON lines so CI and humans read the same output. */
export function printDistribution(name: string, samplesMs: number[]): void {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  console.log(
    JSON.stringify({
      name,
      unit: 'ms',
      p50: round(at(0.5)),
      p95: round(at(0.95)),
      p99: round(at(0.99)),
      max: round(sorted.at(-1) ?? 0),
      n: sorted.length,
    }),
  );
}

export function printValue(name: string, unit: string, value: number): void {
  console.log(JSON.stringify({ name, unit, value: Math.round(value) }));
}

/** Times one call with the monotonic high-resolution clock. */
export async function timeMs(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
