import type { Kysely } from 'kysely';
import { newId } from '../../../../shared/domain/ids';
import type { PriorityMatrix } from '../../../../shared/domain/priority';
import { applyMutation } from '../../../../shared/sync/apply-mutation';
import type { ActorRole, MutationContext } from '../../../../shared/sync/mutation-tx';
import type { MutationOutcome } from '../../../../shared/sync/mutators';
import type { DialectName } from '../../../db/open-database';
import type { ServerDatabase } from '../../../db/schema';
import { ChangeRecorder } from '../../../sync/change-log/change-recorder';
import { createServerMutationTx } from '../../../sync/server-mutation-tx';

/** What a channel needs to write tickets the way a pushed mutation does. */
export interface ChannelDatabase {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  now: () => number;
  priorityMatrix: PriorityMatrix;
  /** Told after a commit that wrote change-log rows: pokes live sockets, wakes the notifier. */
  onCommitted: (lastSeq: number) => void;
}

export interface ChannelActor {
  id: string;
  role: ActorRole;
  /** Recorded on events as the device: `email`, `portal-link`… */
  deviceId: string;
}

export interface ChannelTransaction {
  trx: Kysely<ServerDatabase>;
  recorder: ChangeRecorder;
  nowIso: string;
  /** Runs a shared mutator on the server's MutationTx, in this transaction, as `actor`. */
  run(actor: ChannelActor, name: string, args: unknown): Promise<MutationOutcome>;
}

/**
 * One transaction in which a channel applies shared mutators and writes its own rows: the ticket
 * work, its change-log rows and the channel's bookkeeping commit together or not at all (a message
 * is never half-ingested, a link never half-used).
 */
export async function inChannelTransaction<T>(
  env: ChannelDatabase,
  work: (tx: ChannelTransaction) => Promise<T>,
): Promise<T> {
  const nowIso = new Date(env.now()).toISOString();
  const { result, lastSeq } = await env.db.transaction().execute(async (trx) => {
    const recorder = new ChangeRecorder();
    const mutationTx = createServerMutationTx(trx, {
      dialect: env.dialect,
      recorder,
      clientAt: null,
      timeCorrected: false,
    });
    const run = (actor: ChannelActor, name: string, args: unknown) => {
      const ctx: MutationContext = {
        actorId: actor.id,
        actorRole: actor.role,
        deviceId: actor.deviceId,
        now: nowIso,
        offline: false,
        newId,
        priorityMatrix: env.priorityMatrix,
      };
      return applyMutation(mutationTx, ctx, name, args);
    };
    const result = await work({ trx, recorder, nowIso, run });
    const flushed = await recorder.flush(trx, nowIso);
    return { result, lastSeq: flushed?.lastSeq ?? null };
  });
  if (lastSeq !== null) env.onCommitted(lastSeq);
  return result;
}
