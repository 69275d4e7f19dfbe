import { describe, expect, it } from 'vitest';
import { createPrng } from '../../shared/demo/prng';
import { IndexedMinHeap } from './indexed-min-heap';

describe('IndexedMinHeap', () => {
  it('keeps the minimum on top through inserts, re-keys and deletes (checked against a sort)', () => {
    const prng = createPrng(11);
    const heap = new IndexedMinHeap();
    const model = new Map<string, number>();
    for (let step = 0; step < 5000; step++) {
      const id = `t${prng.int(0, 300)}`;
      const roll = prng.next();
      if (roll < 0.6) {
        const key = prng.int(0, 10_000);
        heap.set(id, key);
        model.set(id, key);
      } else {
        expect(heap.delete(id)).toBe(model.delete(id));
      }
      const expectedMin = Math.min(...model.values());
      expect(heap.size).toBe(model.size);
      if (model.size > 0) expect(heap.peek()!.key).toBe(expectedMin);
      else expect(heap.peek()).toBeUndefined();
    }
    for (const [id, key] of model) expect(heap.keyOf(id)).toBe(key);
  });
});
