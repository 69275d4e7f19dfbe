import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import { MesaError } from '../../shared/errors';
import type { StoreHandle } from './open-database';
import { applyLocalMutation } from './apply-local-mutation';
import { createTestContext, createTestStore } from './testing/create-test-store';

const ids = createSeededIdGenerator(99);
const TICKET_ID = ids();
const createArgs = {
  id: TICKET_ID,
  type: 'incident',
  title: 'La impresora del piso 3 no imprime',
  description: 'Atasco de papel constante',
  requesterId: 'req-lucia',
  organizationId: 'org-acme',
  areaId: 'area-fin',
  channel: 'phone',
  categoryId: 'cat-hw-printer',
  impact: 'medium',
  urgency: 'high',
};

async function counts(store: StoreHandle) {
  const one = async (table: 'tickets' | 'ticket_events' | 'comments' | 'outbox') =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    tickets: await one('tickets'),
    events: await one('ticket_events'),
    comments: await one('comments'),
    outbox: await one('outbox'),
  };
}

describe('applyLocalMutation', () => {
  let store: StoreHandle;
  let ctx: ReturnType<typeof createTestContext>;
  beforeEach(async () => {
    store = await createTestStore();
    ctx = createTestContext();
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes the change, its event and its outbox row together, with sequential mutation ids', async () => {
    const first = await applyLocalMutation(store.db, ctx, 'ticket.create', createArgs);
    const second = await applyLocalMutation(store.db, ctx, 'ticket.setStatus', {
      ticketId: TICKET_ID,
      to: 'in_progress',
    });
    expect([first.mutationId, second.mutationId]).toEqual([1, 2]);
    expect(await counts(store)).toEqual({ tickets: 1, events: 2, comments: 0, outbox: 2 });
    const ticket = await store.db.selectFrom('tickets').selectAll().executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ priority: 'P2', status: 'in_progress', version: 2, provisional_number: expect.stringMatching(/^~[0-9A-F]{6}$/) });
    const outbox = await store.db.selectFrom('outbox').selectAll().orderBy('mutation_id').execute();
    expect(outbox.map((r) => [r.name, r.status])).toEqual([
      ['ticket.create', 'pending'],
      ['ticket.setStatus', 'pending'],
    ]);
  });

  it('rolls back the change and the outbox row when the transaction fails half-way', async () => {
    await applyLocalMutation(store.db, ctx, 'ticket.create', createArgs);
    const before = await counts(store);
    // The comment row is written, then the event append fails: nothing of it may remain.
    const failing = applyLocalMutation(
      store.db,
      ctx,
      'ticket.comment',
      { ticketId: TICKET_ID, commentId: ids(), body: 'Reinicié la cola de impresión', visibility: 'internal' },
      (tx) => ({
        ...tx,
        appendEvent: async () => {
          throw new Error('disk full (injected)');
        },
      }),
    );
    await expect(failing).rejects.toThrow('disk full (injected)');
    expect(await counts(store)).toEqual(before);
    const ticket = await store.db.selectFrom('tickets').select(['version', 'updated_at']).executeTakeFirstOrThrow();
    expect(ticket.version).toBe(1);
    const fts = await store.sqlite.prepare(`SELECT count(*) AS n FROM ticket_fts WHERE ticket_fts MATCH 'reinicie'`).get();
    expect(fts).toEqual({ n: 0 });
  });

  it('rejects an invalid transition with its from/to and writes nothing', async () => {
    await applyLocalMutation(store.db, ctx, 'ticket.create', createArgs);
    const before = await counts(store);
    const attempt = applyLocalMutation(store.db, ctx, 'ticket.setStatus', { ticketId: TICKET_ID, to: 'closed' });
    await expect(attempt).rejects.toMatchObject({ code: 'ticket.invalid_transition', params: { from: 'new', to: 'closed' } });
    expect(await counts(store)).toEqual(before);
  });

  it('rejects invalid args with field errors and writes nothing', async () => {
    const attempt = applyLocalMutation(store.db, ctx, 'ticket.create', { ...createArgs, title: '   ', impact: 'huge' });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MesaError);
    expect((error as MesaError).code).toBe('mutation.invalid_args');
    expect((error as MesaError).fieldErrors.map((f) => [f.path, f.code])).toEqual([
      ['title', 'required'],
      ['impact', 'invalid_value'],
    ]);
    expect(await counts(store)).toEqual({ tickets: 0, events: 0, comments: 0, outbox: 0 });
  });

  it('rejects an unknown mutation name', async () => {
    await expect(applyLocalMutation(store.db, ctx, 'ticket.explode', {})).rejects.toMatchObject({
      code: 'mutation.unknown',
    });
  });
});
