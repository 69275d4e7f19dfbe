import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../db/schema';
import type { RejectionInfo } from '../../errors/server-rejection';
import type { PushedMutation } from './push-schema';

/** A claim refusal names who holds the ticket, so the agent is told "already taken by Ana". */
export async function enrichRejection(
  db: Kysely<ServerDatabase>,
  rejection: RejectionInfo,
): Promise<RejectionInfo> {
  const holderId = rejection.params.holderId;
  if (
    rejection.code !== 'ticket.already_taken' ||
    typeof holderId !== 'string' ||
    rejection.params.holderName
  ) {
    return rejection;
  }
  const holder = await db.selectFrom('agents').select('name').where('id', '=', holderId).executeTakeFirst();
  return { ...rejection, params: { ...rejection.params, holderName: holder?.name ?? null } };
}

export async function recordRejection(
  trx: Kysely<ServerDatabase>,
  clientId: string,
  m: PushedMutation,
  rejection: RejectionInfo,
  nowMs: number,
): Promise<void> {
  await trx
    .insertInto('rejected_mutations')
    .values({
      client_id: clientId,
      mutation_id: m.id,
      name: m.name.slice(0, 100),
      code: rejection.code,
      params_json: JSON.stringify(rejection.params),
      field_errors_json: JSON.stringify(rejection.fieldErrors),
      created_at: new Date(nowMs).toISOString(),
    })
    .execute();
}
