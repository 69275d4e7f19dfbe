/**
 * Clock pauses (`{ from, to }` ISO instants): they may overlap, touch or start before the clock starts,
 * so they are merged into one sorted, disjoint set before use.
 */
import { parseInstant } from './instant';
import { mergeIntervals } from './interval-set';
import { SlaError } from './sla-error';

export interface Pause {
  from: string;
  to: string;
}

const NO_PAUSES: readonly number[] = [];

/** Flat `[from0, to0, …]` epoch seconds; throws `sla.bad_instant` / `sla.pause_reversed` naming the pause. */
export function normalizePauses(pauses: readonly Pause[] | undefined): readonly number[] {
  if (pauses === undefined || pauses.length === 0) return NO_PAUSES;
  const flat: number[] = [];
  pauses.forEach((pause, index) => {
    const from = parseInstant(pause.from, `pauses[${index}].from`);
    const to = parseInstant(pause.to, `pauses[${index}].to`);
    if (from > to)
      throw new SlaError('sla.pause_reversed', { field: `pauses[${index}]`, from: pause.from, to: pause.to });
    flat.push(from, to);
  });
  return mergeIntervals(flat);
}
