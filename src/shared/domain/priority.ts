import { z } from 'zod';
import {
  IMPACTS,
  ImpactSchema,
  PrioritySchema,
  URGENCIES,
  UrgencySchema,
  type Impact,
  type Priority,
  type Urgency,
} from './ticket-enums';

/** impact → urgency → priority. Configurable per desk; every cell must be filled. */
export const PriorityMatrixSchema = z.record(ImpactSchema, z.record(UrgencySchema, PrioritySchema));
export type PriorityMatrix = Record<Impact, Record<Urgency, Priority>>;

/** The ITIL textbook matrix: high×high is P1, low×low is P4. */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  high: { high: 'P1', medium: 'P2', low: 'P3' },
  medium: { high: 'P2', medium: 'P3', low: 'P4' },
  low: { high: 'P3', medium: 'P4', low: 'P4' },
};

export function computePriority(matrix: PriorityMatrix, impact: Impact, urgency: Urgency): Priority {
  return matrix[impact][urgency];
}

/** Rejects matrices with missing cells, so a lookup can never come back undefined. */
export function parsePriorityMatrix(input: unknown): PriorityMatrix {
  const parsed = PriorityMatrixSchema.parse(input);
  for (const impact of IMPACTS) {
    for (const urgency of URGENCIES) {
      if (!parsed[impact]?.[urgency]) throw new Error(`priority matrix misses ${impact}×${urgency}`);
    }
  }
  return parsed as PriorityMatrix;
}

const PRIORITY_RANK: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

export function comparePriority(a: Priority, b: Priority): number {
  return PRIORITY_RANK[a] - PRIORITY_RANK[b];
}
