import type { Kysely } from 'kysely';
import type { ErrorParams, FieldError } from '../../../shared/errors';
import type { ServerDatabase } from '../../db/schema';

export interface SyncRejection {
  mutationId: number;
  name: string;
  code: string;
  params: ErrorParams;
  fieldErrors: FieldError[];
  at: string;
}

const MAX_REJECTIONS_PER_PULL = 100;

/** Rejections are re-sent on every pull until the client says it has shown them (rejectionsAfter). */
export async function readRejections(
  db: Kysely<ServerDatabase>,
  clientId: string,
  afterMutationId: number,
): Promise<SyncRejection[]> {
  const rows = await db
    .selectFrom('rejected_mutations')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('mutation_id', '>', afterMutationId)
    .orderBy('mutation_id')
    .limit(MAX_REJECTIONS_PER_PULL)
    .execute();
  return rows.map((r) => ({
    mutationId: Number(r.mutation_id),
    name: r.name,
    code: r.code,
    params: JSON.parse(r.params_json) as ErrorParams,
    fieldErrors: JSON.parse(r.field_errors_json) as FieldError[],
    at: r.created_at,
  }));
}
