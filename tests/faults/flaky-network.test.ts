import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { isMesaError } from '../../src/shared/errors';
import type { DatabaseHandle } from '../../src/server/db/open-database';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { createArgs } from '../server/helpers/test-server';
import { openFaultDesk, type FaultDesk } from '../support/desk';
import { FAULT_SEED, LONG, faultPrng } from '../support/fault-env';
import { createServerDatabase, dialectNames, ServerProcess, type ServerDatabaseSpec } from '../support/server-process';
import { FaultyProxy } from '../support/tcp-proxy';
import { verifyDesk, verifyServer } from '../support/verify';

const STEPS = LONG ? 600 : 120;
const TICKETS = 4;

describe.each(dialectNames)('a proxy that drops, cuts and delays connections at random (%s)', (dialect) => {
  let spec: ServerDatabaseSpec | null = null;
  let server: ServerProcess | null = null;
  let proxy: FaultyProxy | null = null;
  let check: DatabaseHandle | null = null;
  const desks: FaultDesk[] = [];

  afterEach(async () => {
    for (const d of desks.splice(0)) await d.close();
    await proxy?.close();
    await check?.close();
    await server?.kill9();
    await spec?.drop();
    [spec, server, proxy, check] = [null, null, null, null];
  });

  it(`two agents working through it converge, exactly once (seed ${FAULT_SEED}, ${STEPS} steps)`, async () => {
    spec = await createServerDatabase(dialect);
    server = await ServerProcess.start(spec);
    check = spec.open();
    proxy = new FaultyProxy({ targetPort: server.port, seed: FAULT_SEED, dropConnection: 0.2, cutChunk: 0.08, maxDelayMs: 25 });
    await proxy.start();
    proxy.faulty = false;
    const prng = faultPrng(3);
    const people = [
      { name: 'lucia', agentId: 'a-lucia' },
      { name: 'pedro', agentId: 'a-pedro' },
    ] as const;
    for (const [i, p] of people.entries()) {
      const desk = await openFaultDesk({ serverUrl: proxy.url, agentId: p.agentId, seed: 30 + i, pullLimit: 20 });
      desks.push(desk);
      await desk.client.login(USERS[p.name]?.email ?? '', PASSWORD);
    }
    const [lucia, pedro] = desks as [FaultDesk, FaultDesk];
    const ticketIds: string[] = [];
    for (let i = 0; i < TICKETS; i++) {
      const t = createArgs({ title: `Proxy ${i}` });
      ticketIds.push(t.id);
      await lucia.mutate('ticket.create', t);
      await lucia.mutate('ticket.assign', { ticketId: t.id, assigneeId: null, groupId: 'g-n1' });
    }
    await lucia.settle();
    await pedro.settle();

    proxy.faulty = true;
    let refusedLocally = 0;
    for (let step = 0; step < STEPS; step++) {
      const desk = prng.chance(0.5) ? lucia : pedro;
      const ticketId = prng.pick(ticketIds);
      const local = await desk.store.db
        .selectFrom('tickets')
        .select(['version', 'assignee_id', 'status'])
        .where('id', '=', ticketId)
        .executeTakeFirstOrThrow();
      const roll = prng.next();
      try {
        if (roll < 0.6) {
          await desk.mutate('ticket.comment', { ticketId, commentId: newId(), body: `s${step}`, visibility: 'internal' });
        } else if (roll < 0.75) {
          const impact = prng.pick(['low', 'medium', 'high'] as const);
          await desk.mutate('ticket.prioritize', { ticketId, impact, urgency: 'medium', baseVersion: local.version });
        } else if (roll < 0.9) {
          await desk.mutate('ticket.claim', { ticketId, expectedAssigneeId: local.assignee_id });
        } else {
          await desk.mutate('ticket.setStatus', { ticketId, to: prng.pick(['in_progress', 'pending_third_party'] as const), reason: 'x' });
        }
      } catch (error) {
        if (!isMesaError(error)) throw error;
        refusedLocally += 1; // the UI refuses it on the spot: nothing queued
      }
      if (prng.chance(0.4)) await desk.sync();
    }
    proxy.faulty = false;
    proxy.cutAll();
    await lucia.settle(120_000);
    await pedro.settle(120_000);
    await lucia.settle(120_000); // pedro's last pushes reach lucia

    const verdicts = [];
    for (const [i, desk] of desks.entries()) {
      const user = USERS[people[i]?.name ?? 'lucia'];
      verdicts.push(
        await verifyDesk({ store: desk.store, clientId: desk.clientId, issued: desk.issued, email: user?.email ?? '', password: PASSWORD }, check, server.url),
      );
    }
    await verifyServer(check);
    expect(proxy.stats.dropped + proxy.stats.cut).toBeGreaterThan(0);
    console.log(
      JSON.stringify({
        test: 'flaky-network',
        dialect,
        seed: FAULT_SEED,
        proxy: proxy.stats,
        refusedLocally,
        desks: verdicts.map((v) => ({ acknowledged: v.acknowledged, applied: v.applied, rejected: v.rejected.length })),
      }),
    );
  }, LONG ? 900_000 : 120_000);
});
