import { createPrng, type Prng } from '../../src/shared/demo/prng';

/** `npm run test:faults` sets MESA_FAULTS_LONG=1: more rounds, more mutations, more seeds. */
export const LONG = process.env.MESA_FAULTS_LONG === '1';
/** Base seed of every random decision in the fault suites (override to explore: MESA_FAULTS_SEED=…). */
export const FAULT_SEED = Number(process.env.MESA_FAULTS_SEED ?? 20261127);

export function faultPrng(stream: number): Prng {
  return createPrng((FAULT_SEED ^ Math.imul(stream, 0x9e3779b1)) >>> 0);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` is true (or throws after timeoutMs). */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 20_000, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('waitFor: timed out');
    await sleep(everyMs);
  }
}
