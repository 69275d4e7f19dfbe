import type { Kysely, Transaction } from 'kysely';
import type { ErrorParams, FieldError } from '../../shared/errors';
import type { Database } from '../store/schema';
import { ticketIdOfArgs } from './outbox-rows';
import { SYNC_META } from './sync-meta-keys';
import type { PullResponse } from './sync-protocol';

type Db = Kysely<Database> | Transaction<Database>;

export interface Rejection {
  mutationId: number;
  name: string;
  code: string;
  params: ErrorParams;
  fieldErrors: FieldError[];
  at: string;
}

/**
 * Keeps a rejection with the mutation's args (read from the outbox while it is still there), so the
 * Sync panel can show it and, for a version mismatch, re-apply it. Recording twice is harmless: the
 * push result and the pull's re-sent list both carry it.
 */
export async function recordRejection(trx: Db, rejection: Rejection): Promise<void> {
  const outbox = await trx
    .selectFrom('outbox')
    .select(['args_json'])
    .where('mutation_id', '=', rejection.mutationId)
    .executeTakeFirst();
  const args = outbox ? (JSON.parse(outbox.args_json) as unknown) : null;
  await trx
    .insertInto('sync_issues')
    .values({
      mutation_id: rejection.mutationId,
      name: rejection.name,
      args_json: outbox?.args_json ?? null,
      ticket_id: ticketIdOfArgs(rejection.name, args) ?? (typeof rejection.params.ticketId === 'string' ? rejection.params.ticketId : null),
      code: rejection.code,
      params_json: JSON.stringify(rejection.params),
      field_errors_json: JSON.stringify(rejection.fieldErrors),
      at: rejection.at,
      status: 'open',
    })
    .onConflict((oc) =>
      // The pull may know what the push did not (holderName is added by the server on record).
      oc.column('mutation_id').doUpdateSet({ params_json: JSON.stringify(rejection.params), code: rejection.code }),
    )
    .execute();
}

/**
 * The id up to which every rejection is recorded locally (the server need not re-send those). Not the
 * highest rejection seen: a rejection whose push answer was lost may sit below a later one.
 */
export async function rejectionsAfter(db: Db): Promise<number> {
  const row = await db.selectFrom('sync_meta').select('value').where('key', '=', SYNC_META.rejectionsThrough).executeTakeFirst();
  return Number(row?.value ?? 0);
}

/** The id up to which a pull answer makes every rejection known. */
export function rejectionsKnownThrough(page: PullResponse, after: number): number {
  const sent = page.rejections.reduce((max, r) => Math.max(max, r.mutationId), after);
  return Math.max(after, page.rejectionsThrough ?? sent);
}
