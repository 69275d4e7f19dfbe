import type { z } from 'zod';
import type { Id } from '../../domain/ids';
import type { MutationContext, MutationTx } from '../mutation-tx';

export interface MutationOutcome {
  /** Tickets the mutation touched, so the caller can tell the UI what to refresh. */
  ticketIds: Id[];
}

export interface Mutator<Name extends string = string, Args = unknown> {
  name: Name;
  args: z.ZodType<Args>;
  apply(tx: MutationTx, ctx: MutationContext, args: Args): Promise<MutationOutcome>;
}

export function defineMutator<Name extends string, Schema extends z.ZodType>(mutator: {
  name: Name;
  args: Schema;
  apply(tx: MutationTx, ctx: MutationContext, args: z.infer<Schema>): Promise<MutationOutcome>;
}): Mutator<Name, z.infer<Schema>> {
  return mutator as Mutator<Name, z.infer<Schema>>;
}
