import { afterEach, expect, it } from 'vitest';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { dialects } from '../server/helpers/test-dialects';
import { clientIdFor, createArgs, login, push, startTestServer } from '../server/helpers/test-server';
import { openFaultDesk, type FaultDesk } from '../support/desk';

/**
 * KNOWN DEFECT, found by the long flaky-network run (reported; `it.fails` until fixed — then this
 * test fails and should become a plain `it`). A rejection can be lost for good:
 *
 * 1. the desk pushes mutation 1; the server rejects it (recorded) but the answer is lost (cut);
 * 2. the desk pushes again from 1: the server answers `duplicate` for 1 — without its rejection —
 *    and rejects mutation 2, which the desk records;
 * 3. pulls ask for rejections after max(recorded id) = 2, so rejection 1 is never re-sent.
 *
 * The mutation is gone from the outbox and never shown in the Sync panel ("nothing is dropped
 * silently" breaks). Fix: the server answers a duplicate that was rejected with its recorded
 * rejection, and/or the desk asks for rejections after the highest id up to which it knows every
 * outcome (not the highest rejection it has seen).
 */
let server: Awaited<ReturnType<typeof startTestServer>> | null = null;
let desk: FaultDesk | null = null;
afterEach(async () => {
  await desk?.close();
  await server?.close();
  [server, desk] = [null, null];
});

it('a rejection whose push answer was lost still reaches the Sync issues', async () => {
  server = await startTestServer(dialects[0] ?? (undefined as never));
  const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  const sofia = await login(server.app, 'sofia');
  const [t1, t2] = [createArgs(), createArgs()];
  await push(server.app, sofia, clientIdFor('sofia'), [
    { id: 1, name: 'ticket.create', args: t1 },
    { id: 2, name: 'ticket.assign', args: { ticketId: t1.id, assigneeId: null, groupId: 'g-n1' } },
    { id: 3, name: 'ticket.create', args: t2 },
    { id: 4, name: 'ticket.assign', args: { ticketId: t2.id, assigneeId: null, groupId: 'g-n1' } },
  ]);
  let loseNextPushAnswer = false;
  desk = await openFaultDesk({
    serverUrl: url,
    agentId: 'a-lucia',
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (loseNextPushAnswer && String(input).endsWith('/api/sync/push')) {
        loseNextPushAnswer = false;
        throw new TypeError('fetch failed: connection reset');
      }
      return response;
    },
  });
  await desk.client.login(USERS.lucia?.email ?? '', PASSWORD);
  await desk.settle();
  // Pedro takes both tickets first; Lucía, not yet aware, claims them.
  const pedro = await login(server.app, 'pedro');
  await push(server.app, pedro, clientIdFor('pedro'), [
    { id: 1, name: 'ticket.claim', args: { ticketId: t1.id, expectedAssigneeId: null } },
    { id: 2, name: 'ticket.claim', args: { ticketId: t2.id, expectedAssigneeId: null } },
  ]);
  const m1 = await desk.mutate('ticket.claim', { ticketId: t1.id, expectedAssigneeId: null });
  loseNextPushAnswer = true;
  await desk.sync(); // the server rejects m1; the answer never arrives
  const m2 = await desk.mutate('ticket.claim', { ticketId: t2.id, expectedAssigneeId: null });
  await desk.settle();
  const rejected = await server.database.db
    .selectFrom('rejected_mutations')
    .select('mutation_id')
    .where('client_id', '=', desk.clientId)
    .execute();
  expect(rejected.map((r) => Number(r.mutation_id)).sort()).toEqual([m1, m2]);
  const issues = await desk.store.db.selectFrom('sync_issues').select('mutation_id').execute();
  // Today: [m2] only — m1's rejection is lost.
  expect(issues.map((i) => i.mutation_id).sort()).toEqual([m1, m2]);
});
