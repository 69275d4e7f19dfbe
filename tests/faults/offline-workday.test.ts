import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { isMesaError } from '../../src/shared/errors';
import { createFrozenClock } from '../../src/main/services/clock';
import type { DatabaseHandle } from '../../src/server/db/open-database';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { createArgs } from '../server/helpers/test-server';
import { openFaultDesk, type FaultDesk } from '../support/desk';
import { FAULT_SEED, LONG, faultPrng } from '../support/fault-env';
import { createServerDatabase, dialectNames, ServerProcess, type ServerDatabaseSpec } from '../support/server-process';
import { verifyDesk, verifyServer } from '../support/verify';

const HOURS = 8;
const EDITS = 500;
const TICKETS = 50;
const TOUCHED_ONLINE = 3;

describe.each(dialectNames)('an agent offline for 8 hours while another works online (%s)', (dialect) => {
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

  it(`${EDITS} offline edits on ${TICKETS} tickets, ${TOUCHED_ONLINE} of them edited online meanwhile (seed ${FAULT_SEED})`, async () => {
    spec = await createServerDatabase(dialect);
    server = await ServerProcess.start(spec);
    check = spec.open();
    const prng = faultPrng(4);
    // Lucía's device clock starts the working day 8 h ago; she goes offline right after the morning sync.
    const dayStart = Date.now() - HOURS * 3600_000 - 600_000;
    const clock = createFrozenClock(new Date(dayStart).toISOString());
    const lucia = await openFaultDesk({ serverUrl: server.url, agentId: 'a-lucia', seed: 41, clock, pullLimit: 100 });
    const pedro = await openFaultDesk({ serverUrl: server.url, agentId: 'a-pedro', seed: 42, pullLimit: 100 });
    desks.push(lucia, pedro);
    await lucia.client.login(USERS.lucia?.email ?? '', PASSWORD);
    await pedro.client.login(USERS.pedro?.email ?? '', PASSWORD);
    const ticketIds: string[] = [];
    for (let i = 0; i < TICKETS; i++) {
      const t = createArgs({ title: `Jornada ${i}` });
      ticketIds.push(t.id);
      await lucia.mutate('ticket.create', t);
      await lucia.mutate('ticket.assign', { ticketId: t.id, assigneeId: null, groupId: 'g-n1' });
    }
    await lucia.settle();
    await pedro.settle();

    // Offline: 500 edits spread over 8 simulated hours; the first three tickets get edits that will
    // collide with Pedro's (a claim, a priority change on a base version, status moves and comments).
    lucia.online = false;
    await lucia.sync();
    const [cancelled, reprioritized, claimed] = ticketIds as [string, string, string];
    const plan: string[] = [];
    for (let i = 0; i < TICKETS; i++) for (let j = 0; j < EDITS / TICKETS; j++) plan.push(ticketIds[i] ?? '');
    for (let i = plan.length - 1; i > 0; i--) {
      const j = prng.int(0, i);
      [plan[i], plan[j]] = [plan[j] ?? '', plan[i] ?? ''];
    }
    let refusedLocally = 0;
    const step = (HOURS * 3600_000) / EDITS;
    for (const [n, ticketId] of plan.entries()) {
      clock.advance(step);
      if (n === 100) {
        // Meanwhile, online: Pedro cancels one, re-prioritizes another and claims a third.
        await pedro.mutate('ticket.setStatus', { ticketId: cancelled, to: 'cancelled', reason: 'duplicado' });
        const base = await pedro.store.db.selectFrom('tickets').select('version').where('id', '=', reprioritized).executeTakeFirstOrThrow();
        await pedro.mutate('ticket.prioritize', { ticketId: reprioritized, impact: 'high', urgency: 'high', baseVersion: base.version });
        await pedro.mutate('ticket.claim', { ticketId: claimed, expectedAssigneeId: null });
        await pedro.settle();
      }
      const local = await lucia.store.db
        .selectFrom('tickets')
        .select(['version', 'assignee_id', 'status'])
        .where('id', '=', ticketId)
        .executeTakeFirstOrThrow();
      const firstOfTicket = plan.indexOf(ticketId) === n;
      const roll = prng.next();
      try {
        if (ticketId === claimed && firstOfTicket) {
          await lucia.mutate('ticket.claim', { ticketId, expectedAssigneeId: local.assignee_id });
        } else if (ticketId === reprioritized && firstOfTicket) {
          await lucia.mutate('ticket.prioritize', { ticketId, impact: 'low', urgency: 'low', baseVersion: local.version });
        } else if (ticketId === cancelled && firstOfTicket) {
          await lucia.mutate('ticket.setStatus', { ticketId, to: 'in_progress', reason: null });
        } else if (roll < 0.75) {
          await lucia.mutate('ticket.comment', { ticketId, commentId: newId(), body: `offline ${n}`, visibility: prng.pick(['internal', 'public'] as const) });
        } else if (roll < 0.85) {
          await lucia.mutate('ticket.prioritize', { ticketId, impact: prng.pick(['low', 'medium', 'high'] as const), urgency: 'medium', baseVersion: local.version });
        } else if (roll < 0.95) {
          const to = local.status === 'in_progress' ? 'pending_third_party' : 'in_progress';
          await lucia.mutate('ticket.setStatus', { ticketId, to, reason: 'x' });
        } else {
          await lucia.mutate('ticket.claim', { ticketId, expectedAssigneeId: local.assignee_id });
        }
      } catch (error) {
        if (!isMesaError(error)) throw error;
        refusedLocally += 1;
      }
      if (n % 50 === 0) await lucia.sync(); // the desk keeps trying; every attempt fails
    }
    expect((await lucia.client.status()).connection).toBe('offline');
    const offlineIssued = lucia.issued.length - 2 * TICKETS;
    expect(offlineIssued + refusedLocally).toBe(EDITS);

    lucia.online = true;
    await lucia.settle(120_000);
    await pedro.settle();

    const verdict = await verifyDesk(
      { store: lucia.store, clientId: lucia.clientId, issued: lucia.issued, email: USERS.lucia?.email ?? '', password: PASSWORD },
      check,
      server.url,
    );
    await verifyDesk(
      { store: pedro.store, clientId: pedro.clientId, issued: pedro.issued, email: USERS.pedro?.email ?? '', password: PASSWORD },
      check,
      server.url,
    );
    await verifyServer(check);
    // The collisions are surfaced with their business reason, on the tickets Pedro touched only.
    const issues = await lucia.store.db.selectFrom('sync_issues').select(['code', 'ticket_id']).execute();
    const codes = new Set(issues.map((i) => i.code));
    expect(codes).toContain('ticket.already_taken');
    expect(codes).toContain('ticket.version_mismatch');
    expect(issues.some((i) => i.ticket_id === cancelled)).toBe(true);
    expect(new Set(issues.map((i) => i.ticket_id)).size).toBeLessThanOrEqual(TOUCHED_ONLINE);
    // Offline events keep their device times across the 8 hours (the server vouches for them).
    const times = await check.db
      .selectFrom('ticket_events')
      .select(['at', 'time_corrected'])
      .where('device_id', '=', lucia.clientId)
      .where('offline', '=', 1)
      .execute();
    const spanHours = (Date.parse(times.map((t) => t.at).sort().at(-1) ?? '') - Date.parse(times.map((t) => t.at).sort()[0] ?? '')) / 3600_000;
    expect(spanHours).toBeGreaterThan(HOURS - 1);
    console.log(
      JSON.stringify({
        test: 'offline-workday',
        dialect,
        seed: FAULT_SEED,
        offlineIssued,
        refusedLocally,
        ...verdict,
        rejected: verdict.rejected.length,
        surfaced: verdict.surfaced.length,
        codes: [...codes],
        spanHours: Math.round(spanHours * 10) / 10,
        corrected: times.filter((t) => t.time_corrected === 1).length,
      }),
    );
  }, LONG ? 600_000 : 120_000);
});
