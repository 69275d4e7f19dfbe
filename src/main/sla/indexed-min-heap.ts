/**
 * A binary min-heap of (key, id) with an index from id to slot, so one entry can be re-keyed or removed
 * in O(log n) when its ticket changes — the engine never rebuilds the queue for a single ticket.
 */
export class IndexedMinHeap {
  private readonly keys: number[] = [];
  private readonly ids: string[] = [];
  private readonly slotOf = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  keyOf(id: string): number | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.keys[slot];
  }

  peek(): { id: string; key: number } | undefined {
    if (this.ids.length === 0) return undefined;
    return { id: this.ids[0]!, key: this.keys[0]! };
  }

  /** Inserts or re-keys. */
  set(id: string, key: number): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) {
      this.keys.push(key);
      this.ids.push(id);
      this.slotOf.set(id, this.ids.length - 1);
      this.siftUp(this.ids.length - 1);
      return;
    }
    const previous = this.keys[slot]!;
    this.keys[slot] = key;
    if (key < previous) this.siftUp(slot);
    else this.siftDown(slot);
  }

  delete(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const last = this.ids.length - 1;
    if (slot !== last) this.move(last, slot);
    this.keys.pop();
    this.ids.pop();
    this.slotOf.delete(id);
    if (slot < this.ids.length) {
      this.siftUp(slot);
      this.siftDown(slot);
    }
    return true;
  }

  clear(): void {
    this.keys.length = 0;
    this.ids.length = 0;
    this.slotOf.clear();
  }

  private move(from: number, to: number): void {
    this.keys[to] = this.keys[from]!;
    this.ids[to] = this.ids[from]!;
    this.slotOf.set(this.ids[to], to);
  }

  private siftUp(start: number): void {
    const key = this.keys[start]!;
    const id = this.ids[start]!;
    let slot = start;
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.move(parent, slot);
      slot = parent;
    }
    this.keys[slot] = key;
    this.ids[slot] = id;
    this.slotOf.set(id, slot);
  }

  private siftDown(start: number): void {
    const key = this.keys[start]!;
    const id = this.ids[start]!;
    const size = this.ids.length;
    let slot = start;
    for (;;) {
      const left = 2 * slot + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.keys[right]! < this.keys[left]! ? right : left;
      if (this.keys[child]! >= key) break;
      this.move(child, slot);
      slot = child;
    }
    this.keys[slot] = key;
    this.ids[slot] = id;
    this.slotOf.set(id, slot);
  }
}
