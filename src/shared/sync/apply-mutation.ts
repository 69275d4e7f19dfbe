import { MesaError } from '../errors';
import { toFieldErrors } from '../validation';
import type { MutationContext, MutationTx } from './mutation-tx';
import { MUTATORS, type MutationOutcome } from './mutators';

/**
 * Parses and applies one named mutation. The caller owns the transaction: on any throw it rolls
 * back, so a rejected mutation leaves no trace (nor its outbox row on the desktop).
 */
export async function applyMutation(
  tx: MutationTx,
  ctx: MutationContext,
  name: string,
  rawArgs: unknown,
): Promise<MutationOutcome> {
  const mutator = MUTATORS.get(name);
  if (!mutator) throw new MesaError('mutation.unknown', { name });
  const parsed = mutator.args.safeParse(rawArgs);
  if (!parsed.success) throw new MesaError('mutation.invalid_args', { name }, toFieldErrors(parsed.error));
  return mutator.apply(tx, ctx, parsed.data);
}
