import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';

/**
 * Hook for the deterministic demo generator being written in src/shared/demo/. It is called once,
 * on an empty database (no organizations), when the server starts with demo seeding on. Until the
 * generator exports its data set, it only says so; wire it here with writeReferenceData (reference
 * rows, logged for sync) and applyMutation through createServerMutationTx (tickets, so they get
 * numbers and change-log rows exactly like pushed ones).
 */
export async function seedDemoData(_db: Kysely<ServerDatabase>, log: FastifyBaseLogger): Promise<void> {
  log.warn('seedDemoData: the shared demo generator (src/shared/demo) is not available yet; nothing seeded');
}

export async function isDatabaseEmpty(db: Kysely<ServerDatabase>): Promise<boolean> {
  const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
