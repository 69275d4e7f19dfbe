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

/**
 * Rejections are re-sent on every pull until the client says it has them (rejectionsAfter): those
 * with `rejectionsAfter` < id ≤ `through` (the client's acknowledged id, read before), oldest first.
 * `through` in the answer is the id up to which the client now knows every rejection: the client's
 * acknowledged id, or the last one sent when the list was cut at its maximum length.
 */
export async function readRejections(
  db: Kysely<ServerDatabase>,
  clientId: string,
  afterMutationId: number,
  throughMutationId: number,
): Promise<{ rejections: SyncRejection[]; through: number }> {
  const rows = await db
    .selectFrom('rejected_mutations')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('mutation_id', '>', afterMutationId)
    .where('mutation_id', '<=', throughMutationId)
    .orderBy('mutation_id')
    .limit(MAX_REJECTIONS_PER_PULL)
    .execute();
  const rejections = rows.map((r) => ({
    mutationId: Number(r.mutation_id),
    name: r.name,
    code: r.code,
    params: JSON.parse(r.params_json) as ErrorParams,
    fieldErrors: JSON.parse(r.field_errors_json) as FieldError[],
    at: r.created_at,
  }));
  const through =
    rows.length === MAX_REJECTIONS_PER_PULL
      ? (rejections[rejections.length - 1]?.mutationId ?? afterMutationId)
      : Math.max(afterMutationId, throughMutationId);
  return { rejections, through };
}
