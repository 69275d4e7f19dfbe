import { v7 as uuidv7 } from 'uuid';

/** Ids are UUIDv7 so they sort by creation time and can be made offline on any device. */
export type Id = string;

export type IdGenerator = () => Id;

export const newId: IdGenerator = () => uuidv7();

/** Deterministic ids for tests and seeded data: UUIDv7-shaped, ordered by the counter. */
export function createSeededIdGenerator(seed: number, startMs = Date.UTC(2026, 0, 1)): IdGenerator {
  let counter = 0;
  const seedHex = (seed >>> 0).toString(16).padStart(8, '0');
  return () => {
    counter += 1;
    const ms = (startMs + counter).toString(16).padStart(12, '0');
    const c = counter.toString(16).padStart(12, '0');
    return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${seedHex.slice(0, 3)}-8${seedHex.slice(3, 6)}-${c}`;
  };
}
