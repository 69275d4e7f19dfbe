import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { openDatabase } from '../../src/main/store/open-database';
import type { DatabaseHandle } from '../../src/server/db/open-database';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { createArgs } from '../server/helpers/test-server';
import type { IssuedMutation } from '../support/desk';
import { DeskHostProcess } from '../support/desk-host-process';
import { FAULT_SEED, LONG, faultPrng } from '../support/fault-env';
import { createServerDatabase, dialectNames, ServerProcess, type ServerDatabaseSpec } from '../support/server-process';
import { verifyDesk, verifyServer } from '../support/verify';

const ROUNDS = LONG ? 12 : 2;
const email = USERS.lucia?.email ?? '';

interface Status {
  connection: string;
  pending: number;
}

describe.each(dialectNames)('kill -9 the desktop host between the local commit and the push (%s)', (dialect) => {
  let spec: ServerDatabaseSpec | null = null;
  let server: ServerProcess | null = null;
  let check: DatabaseHandle | null = null;
  let host: DeskHostProcess | null = null;
  let dir: string | null = null;

  afterEach(async () => {
    await host?.kill9();
    await check?.close();
    await server?.kill9();
    await spec?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    [spec, server, check, host, dir] = [null, null, null, null, null];
  });

  async function settle(h: DeskHostProcess): Promise<Status> {
    for (let i = 0; i < 100; i++) {
      const status = await h.call<Status>('sync');
      if (status.connection === 'online' && status.pending === 0) return h.call<Status>('sync');
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('desk host did not settle');
  }

  it(`pushes the outbox after a restart, exactly once (seed ${FAULT_SEED}, ${ROUNDS} kills)`, async () => {
    spec = await createServerDatabase(dialect);
    server = await ServerProcess.start(spec);
    check = spec.open();
    dir = mkdtempSync(path.join(tmpdir(), 'mesa-fault-host-'));
    const file = path.join(dir, 'workstation.sqlite');
    host = new DeskHostProcess(file, server.url);
    await host.start();
    await host.call('login', { email, password: PASSWORD });
    const { clientId } = await host.call<{ clientId: string }>('info');
    const issued: IssuedMutation[] = [];
    const apply = async (name: string, args: Record<string, unknown>) => {
      const r = await host!.call<{ mutationId: number; kinds: string[] }>('apply', { name, args });
      issued.push({ id: r.mutationId, name, kinds: r.kinds, commentId: typeof args.commentId === 'string' ? args.commentId : null });
    };
    const ticket = createArgs();
    await apply('ticket.create', ticket);
    await apply('ticket.assign', { ticketId: ticket.id, assigneeId: null, groupId: 'g-n1' });
    await settle(host);

    const acked = async () =>
      Number(
        (await check!.db.selectFrom('clients').select('last_mutation_id').where('client_id', '=', clientId).executeTakeFirst())
          ?.last_mutation_id ?? 0,
      );
    const prng = faultPrng(2);
    const modes: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Even rounds: the push never leaves. Odd rounds: the server commits it, the desk never hears back.
      const mode = round % 2 === 0 ? 'before-send' : 'after-response';
      modes.push(mode);
      await host.call('hold', { mode });
      const ackedBefore = await acked();
      const count = prng.int(3, LONG ? 40 : 12);
      for (let i = 0; i < count; i++) {
        if (prng.chance(0.15)) {
          const impact = prng.pick(['low', 'medium', 'high'] as const);
          await apply('ticket.prioritize', { ticketId: ticket.id, impact, urgency: 'medium' });
        } else {
          await apply('ticket.comment', { ticketId: ticket.id, commentId: newId(), body: `h${round}.${i}`, visibility: 'internal' });
        }
      }
      await host.waitEvent('push-held');
      const pendingBeforeKill = Number((await host.call<Status>('status')).pending);
      expect(pendingBeforeKill).toBe(count);
      await host.kill9();
      // before-send: the server saw nothing; after-response: it committed the held batch.
      if (mode === 'before-send') expect(await acked()).toBe(ackedBefore);
      else expect(await acked()).toBeGreaterThan(ackedBefore);
      // Restart on the same file: the outbox survived the kill and goes out after sign-in.
      await host.start();
      await host.call('login', { email, password: PASSWORD });
      const status = await settle(host);
      expect(status.pending).toBe(0);
    }
    await host.close();
    host = null;

    const store = openDatabase(file);
    try {
      const verdict = await verifyDesk({ store, clientId, issued, email, password: PASSWORD }, check, server.url);
      expect(verdict.rejected).toEqual([]);
      await verifyServer(check);
      console.log(JSON.stringify({ test: 'desk-host-kill', dialect, seed: FAULT_SEED, modes, ...verdict, rejected: 0 }));
    } finally {
      await store.close();
    }
  }, LONG ? 600_000 : 120_000);
});
