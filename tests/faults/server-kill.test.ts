import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import type { DatabaseHandle } from '../../src/server/db/open-database';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { createArgs } from '../server/helpers/test-server';
import { openFaultDesk, type FaultDesk } from '../support/desk';
import { FAULT_SEED, LONG, faultPrng, waitFor } from '../support/fault-env';
import { createServerDatabase, dialectNames, ServerProcess, type ServerDatabaseSpec } from '../support/server-process';
import { verifyDesk, verifyServer } from '../support/verify';

const ROUNDS = LONG ? 5 : 1;
const MUTATIONS_PER_ROUND = LONG ? 600 : 250; // batches of 100: every round spans several batches

describe.each(dialectNames)('kill -9 the server in the middle of a push batch (%s)', (dialect) => {
  let spec: ServerDatabaseSpec | null = null;
  let server: ServerProcess | null = null;
  let check: DatabaseHandle | null = null;
  const desks: FaultDesk[] = [];

  afterEach(async () => {
    for (const d of desks.splice(0)) await d.close();
    await check?.close();
    await server?.kill9();
    await spec?.drop();
    [spec, server, check] = [null, null, null];
  });

  it(`loses nothing acknowledged and duplicates nothing (seed ${FAULT_SEED}, ${ROUNDS} kill(s))`, async () => {
    spec = await createServerDatabase(dialect);
    server = await ServerProcess.start(spec);
    check = spec.open();
    const prng = faultPrng(1);
    const lucia = await openFaultDesk({ serverUrl: server.url, agentId: 'a-lucia', seed: 11 });
    desks.push(lucia);
    await lucia.client.login(USERS.lucia?.email ?? '', PASSWORD);
    const ticket = createArgs();
    await lucia.mutate('ticket.create', ticket);
    await lucia.mutate('ticket.assign', { ticketId: ticket.id, assigneeId: null, groupId: 'g-n1' });
    await lucia.settle();

    const killedAt: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Queue a long outbox while the push is held back, then let it go and kill the server mid-way.
      lucia.online = false;
      for (let i = 0; i < MUTATIONS_PER_ROUND; i++) {
        await lucia.mutate('ticket.comment', {
          ticketId: ticket.id,
          commentId: newId(),
          body: `r${round} c${i}`,
          visibility: i % 3 === 0 ? 'public' : 'internal',
        });
      }
      const before = Number(
        (await check.db.selectFrom('clients').select('last_mutation_id').where('client_id', '=', lucia.clientId).executeTakeFirst())
          ?.last_mutation_id ?? 0,
      );
      const target = before + prng.int(5, MUTATIONS_PER_ROUND - 5);
      lucia.online = true;
      lucia.client.requestSync();
      await waitFor(async () => {
        const row = await check?.db
          .selectFrom('clients')
          .select('last_mutation_id')
          .where('client_id', '=', lucia.clientId)
          .executeTakeFirst();
        return Number(row?.last_mutation_id ?? 0) >= target;
      }, 60_000, 2);
      await server.kill9();
      const acked = Number(
        (await check.db.selectFrom('clients').select('last_mutation_id').where('client_id', '=', lucia.clientId).executeTakeFirstOrThrow())
          .last_mutation_id,
      );
      killedAt.push(acked);
      // Mid-batch: the server had applied some of the round's mutations and not the rest.
      expect(acked).toBeGreaterThanOrEqual(target);
      expect(acked).toBeLessThan(before + MUTATIONS_PER_ROUND);
      await lucia.sync(); // fails: server down; the desk goes offline and keeps its outbox
      expect((await lucia.client.status()).connection).toBe('offline');
      await server.restart();
      await lucia.settle();
    }
    const verdict = await verifyDesk(
      { store: lucia.store, clientId: lucia.clientId, issued: lucia.issued, email: USERS.lucia?.email ?? '', password: PASSWORD },
      check,
      server.url,
    );
    expect(verdict.acknowledged).toBe(2 + ROUNDS * MUTATIONS_PER_ROUND);
    expect(verdict.rejected).toEqual([]);
    await verifyServer(check);
    console.log(JSON.stringify({ test: 'server-kill', dialect, seed: FAULT_SEED, killedAt, ...verdict, rejected: verdict.rejected.length }));
  }, LONG ? 600_000 : 120_000);
});
