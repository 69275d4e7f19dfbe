import { sql, type Kysely } from 'kysely';
import { newId } from '../../../shared/domain/ids';
import type { PriorityMatrix } from '../../../shared/domain/priority';
import { applyMutation } from '../../../shared/sync/apply-mutation';
import type { MutationContext } from '../../../shared/sync/mutation-tx';
import { actorIdOf, type AuthenticatedUser } from '../../auth/authenticated-user';
import { currentChangeSeq } from '../../db/counters';
import type { DialectName } from '../../db/open-database';
import type { ServerDatabase } from '../../db/schema';
import { asRejection, type RejectionInfo } from '../../errors/server-rejection';
import { HttpError } from '../../http/http-error';
import { ChangeRecorder, writeChangeLog, type PendingChange } from '../change-log/change-recorder';
import { createServerMutationTx } from '../server-mutation-tx';
import { clampClientTime } from './clamp-client-time';
import { advanceClientQueue, lockClientQueue, type ClientQueueState } from './client-queue-row';
import { assertRoleMayRun, withScopeChecks } from './mutation-guards';
import { recordMutationSeqs, storedRejection } from './mutation-acks';
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

export interface BatchOutcome {
  results: MutationResult[];
  lastMutationId: number;
}

function assertNoGap(state: ClientQueueState, id: number): void {
  if (id > state.lastMutationId + 1) {
    throw new HttpError(409, 'sync.mutation_gap', { expected: state.lastMutationId + 1, received: id });
  }
}

/** An acknowledged mutation waiting for the batch's change-log write (which gives it its seqs). */
interface Settled {
  id: number;
  changes: PendingChange[];
}

/**
 * Applies a pushed batch in ONE transaction (one commit, one fsync) with a savepoint per mutation:
 * each mutation's effects, its change-log rows, its seq range and the client's new last_mutation_id
 * commit together with the batch or not at all. A permanent failure rolls back to the mutation's
 * savepoint, is recorded as a rejection and still advances last_mutation_id (the queue never
 * wedges). A mutation at or below the client's last id is acknowledged without running again —
 * answered with its stored rejection if it was rejected, so a lost answer loses nothing.
 * An unexpected error (database unavailable…) stops the batch: the mutations before it commit, the
 * rest do not, and the error is raised after the commit (the client retries).
 * The change-log rows of the whole batch are written at its end with one counter take, so on
 * PostgreSQL the commit-order lock is held only from there to the commit.
 */
export async function applyPushedBatch(env: PushEnvironment, mutations: PushedMutation[]): Promise<BatchOutcome> {
  let failure: unknown = null;
  const outcome = await env.db.transaction().execute(async (trx) => {
    const state = await lockClientQueue(trx, env.dialect, env.clientId);
    const results: MutationResult[] = [];
    const settled: Settled[] = [];
    let advanced = false;
    for (const m of mutations) {
      if (m.id <= state.lastMutationId) {
        const stored = await storedRejection(trx, env.clientId, m.id);
        results.push(
          stored
            ? { id: m.id, status: 'rejected', error: stored as RejectionInfo }
            : { id: m.id, status: 'duplicate' },
        );
        continue;
      }
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
      await sql`SAVEPOINT push_mutation`.execute(trx);
      try {
        assertRoleMayRun(env.user, m.name, m.args);
        const { ticketIds } = await applyMutation(tx, ctx, m.name, m.args);
        await sql`RELEASE SAVEPOINT push_mutation`.execute(trx);
        state.lastMutationAt = time.at;
        results.push({ id: m.id, status: 'applied', ticketIds });
      } catch (error) {
        await sql`ROLLBACK TO SAVEPOINT push_mutation`.execute(trx);
        await sql`RELEASE SAVEPOINT push_mutation`.execute(trx);
        const rejection = asRejection(error);
        if (!rejection) {
          failure = error;
          break;
        }
        recorder.drain();
        const enriched = await enrichRejection(trx, rejection);
        await recordRejection(trx, env.clientId, m, enriched, env.now());
        results.push({ id: m.id, status: 'rejected', error: enriched });
      }
      state.lastMutationId = m.id;
      advanced = true;
      settled.push({ id: m.id, changes: recorder.drain() });
    }
    if (!advanced) return { results, lastMutationId: state.lastMutationId, lastSeq: null };
    const ranges = await writeChangeLog(
      trx,
      settled.map((s) => s.changes),
      new Date(env.now()).toISOString(),
    );
    // A mutation without effects settles at the seq reached before it (its batch predecessors' end).
    let reached = ranges.some((r) => r !== null)
      ? (ranges.find((r) => r !== null)?.firstSeq ?? 1) - 1
      : await currentChangeSeq(trx);
    for (const [i, s] of settled.entries()) {
      const range = ranges[i] ?? null;
      if (range) reached = range.lastSeq;
      await recordMutationSeqs(trx, env.clientId, s.id, range?.firstSeq ?? null, reached);
    }
    await advanceClientQueue(trx, env.clientId, state.lastMutationId, state.lastMutationAt);
    const last = [...ranges].reverse().find((r) => r !== null);
    return { results, lastMutationId: state.lastMutationId, lastSeq: last?.lastSeq ?? null };
  });
  if (outcome.lastSeq !== null) env.onCommitted(outcome.lastSeq);
  if (failure !== null) throw failure;
  return { results: outcome.results, lastMutationId: outcome.lastMutationId };
}
