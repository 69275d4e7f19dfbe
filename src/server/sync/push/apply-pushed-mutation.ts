import type { Kysely } from 'kysely';
import { newId } from '../../../shared/domain/ids';
import type { PriorityMatrix } from '../../../shared/domain/priority';
import { applyMutation } from '../../../shared/sync/apply-mutation';
import type { MutationContext } from '../../../shared/sync/mutation-tx';
import { actorIdOf, type AuthenticatedUser } from '../../auth/authenticated-user';
import type { DialectName } from '../../db/open-database';
import type { ServerDatabase } from '../../db/schema';
import { asRejection, type RejectionInfo } from '../../errors/server-rejection';
import { HttpError } from '../../http/http-error';
import { ChangeRecorder } from '../change-log/change-recorder';
import { createServerMutationTx } from '../server-mutation-tx';
import { clampClientTime } from './clamp-client-time';
import { advanceClientQueue, lockClientQueue, type ClientQueueState } from './client-queue-row';
import { assertRoleMayRun, withScopeChecks } from './mutation-guards';
import type { PushedMutation } from './push-schema';
import { enrichRejection, recordRejection } from './record-rejection';

export interface PushEnvironment {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  user: AuthenticatedUser;
  clientId: string;
  now: () => number;
  priorityMatrix: PriorityMatrix;
  /** Told after each commit that wrote change-log rows (pokes live sockets). */
  onCommitted: (lastSeq: number) => void;
}

export type MutationResult =
  | { id: number; status: 'applied'; ticketIds: string[] }
  | { id: number; status: 'duplicate' }
  | { id: number; status: 'rejected'; error: RejectionInfo };

/** Carries a permanent failure out of the effects' transaction so that it rolls back. */
class RejectedAttempt extends Error {
  constructor(readonly rejection: RejectionInfo) {
    super(rejection.code);
  }
}

function assertNoGap(state: ClientQueueState, id: number): void {
  if (id > state.lastMutationId + 1) {
    throw new HttpError(409, 'sync.mutation_gap', { expected: state.lastMutationId + 1, received: id });
  }
}

/**
 * Applies one pushed mutation in its own transaction: the effects, their change-log rows and the
 * client's new last_mutation_id commit together or not at all. A mutation at or below the client's
 * last id is acknowledged without running again (idempotent retries).
 */
async function tryApply(env: PushEnvironment, m: PushedMutation): Promise<MutationResult> {
  const outcome = await env.db.transaction().execute(async (trx) => {
    const state = await lockClientQueue(trx, env.dialect, env.clientId);
    if (m.id <= state.lastMutationId) return { id: m.id, status: 'duplicate' as const, lastSeq: null };
    assertNoGap(state, m.id);
    const time = clampClientTime(m.clientTime, state.lastMutationAt, env.now());
    const recorder = new ChangeRecorder();
    const base = createServerMutationTx(trx, {
      dialect: env.dialect,
      recorder,
      clientAt: time.claimed,
      timeCorrected: time.corrected,
    });
    const tx = withScopeChecks(base, env.user);
    const ctx: MutationContext = {
      actorId: actorIdOf(env.user),
      actorRole: env.user.role,
      deviceId: env.clientId,
      now: time.at,
      offline: m.offline ?? false,
      newId,
      priorityMatrix: env.priorityMatrix,
    };
    let ticketIds: string[];
    try {
      assertRoleMayRun(env.user, m.name, m.args);
      ({ ticketIds } = await applyMutation(tx, ctx, m.name, m.args));
    } catch (error) {
      const rejection = asRejection(error);
      throw rejection ? new RejectedAttempt(rejection) : error;
    }
    const flushed = await recorder.flush(trx, new Date(env.now()).toISOString());
    await advanceClientQueue(trx, env.clientId, m.id, time.at);
    return { id: m.id, status: 'applied' as const, ticketIds, lastSeq: flushed?.lastSeq ?? null };
  });
  if (outcome.lastSeq !== null) env.onCommitted(outcome.lastSeq);
  return outcome.status === 'applied'
    ? { id: outcome.id, status: 'applied', ticketIds: outcome.ticketIds }
    : { id: outcome.id, status: 'duplicate' };
}

/**
 * A permanent failure is recorded and still advances last_mutation_id, in a second transaction
 * (the first rolled the effects back): the client's queue never wedges on one bad mutation.
 */
async function reject(
  env: PushEnvironment,
  m: PushedMutation,
  rejection: RejectionInfo,
): Promise<MutationResult> {
  const enriched = await enrichRejection(env.db, rejection);
  return env.db.transaction().execute(async (trx) => {
    const state = await lockClientQueue(trx, env.dialect, env.clientId);
    if (m.id <= state.lastMutationId) return { id: m.id, status: 'duplicate' as const };
    assertNoGap(state, m.id);
    await recordRejection(trx, env.clientId, m, enriched, env.now());
    await advanceClientQueue(trx, env.clientId, m.id, null);
    return { id: m.id, status: 'rejected' as const, error: enriched };
  });
}

export async function applyPushedMutation(env: PushEnvironment, m: PushedMutation): Promise<MutationResult> {
  try {
    return await tryApply(env, m);
  } catch (error) {
    if (error instanceof RejectedAttempt) return reject(env, m, error.rejection);
    throw error;
  }
}
