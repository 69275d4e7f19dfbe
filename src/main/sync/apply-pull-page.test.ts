import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../../shared/domain/priority';
import type { Ticket } from '../../shared/domain/ticket';
import { applyLocalMutation } from '../store/apply-local-mutation';
import type { StoreHandle } from '../store/open-database';
import { createTestContext, createTestStore, FIXTURE_NOW } from '../store/testing/create-test-store';
import { applyPullPage } from './apply-pull-page';
import type { PullResponse, SyncChange } from './sync-protocol';

const TICKET = '01a00000-0000-7000-8000-000000000001';
const env = {
  newId: createSeededIdGenerator(99),
  priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  fallbackActor: { actorId: 'agent-ana', actorRole: 'agent' as const, deviceId: 'device-test' },
};

function serverTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: TICKET, number: 'MS-10001', provisionalNumber: '~000001', type: 'incident', title: 'Impresora',
    description: '', requesterId: 'req-lucia', organizationId: 'org-acme', areaId: null, channel: 'phone',
    categoryId: null, impact: 'medium', urgency: 'medium', priority: 'P3', status: 'new', assigneeId: null,
    groupId: 'group-n1', level: 'N1', problemId: null, tags: [], createdAt: FIXTURE_NOW, updatedAt: FIXTURE_NOW,
    resolvedAt: null, closedAt: null, slaDueAt: null, version: 1, ...overrides,
  };
}

const change = (seq: number, row: Ticket): SyncChange => ({ seq, table: 'tickets', pk: row.id, op: 'upsert', row, visible: true });
const page = (changes: SyncChange[], lastMutationId: number, extra: Partial<PullResponse> = {}): PullResponse => ({
  changes, cursor: String(changes.at(-1)?.seq ?? 0), hasMore: false, lastMutationId, rejections: [], ...extra,
});

describe('applyPullPage', () => {
  let store: StoreHandle;
  let ids = createSeededIdGenerator(7);
  beforeEach(async () => {
    ids = createSeededIdGenerator(7);
    store = await createTestStore();
    await applyPullPage(store.db, page([change(1, serverTicket())], 0), env);
  });
  afterEach(() => store.close());

  const ticket = () => store.db.selectFrom('tickets').selectAll().where('id', '=', TICKET).executeTakeFirstOrThrow();
  const mutate = (name: string, args: unknown) => applyLocalMutation(store.db, createTestContext({}, ids), name, args);

  it('undoes optimistic rows, applies the server rows, drops acknowledged mutations and replays the rest', async () => {
    await mutate('ticket.prioritize', { ticketId: TICKET, impact: 'high', urgency: 'high', baseVersion: 1 }); // id 1
    await mutate('ticket.comment', { ticketId: TICKET, commentId: '01a00000-0000-7000-8000-0000000000c1', body: 'hola', visibility: 'internal' }); // id 2
    expect((await ticket()).version).toBe(3);

    // The server applied mutation 1 (and someone else retitled the ticket); mutation 2 is still pending.
    const outcome = await applyPullPage(
      store.db,
      page([change(5, serverTicket({ impact: 'high', urgency: 'high', priority: 'P1', title: 'Impresora piso 7', version: 3 }))], 1),
      env,
    );
    expect(outcome).toMatchObject({ dropped: 1, conflicts: [], ticketIds: [TICKET] });
    const row = await ticket();
    // Server row + the replayed comment on top (version bumped once more, title from the server).
    expect(row).toMatchObject({ title: 'Impresora piso 7', priority: 'P1', version: 4 });
    const outbox = await store.db.selectFrom('outbox').select(['mutation_id', 'status']).execute();
    expect(outbox).toEqual([{ mutation_id: 2, status: 'pending' }]);
    const comments = await store.db.selectFrom('comments').select(['body', 'local_mutation_id']).execute();
    expect(comments).toEqual([{ body: 'hola', local_mutation_id: 2 }]);
    expect(await store.db.selectFrom('sync_meta').select('value').where('key', '=', 'sync.cursor').executeTakeFirst()).toEqual({ value: '5' });
  });

  it('marks a pending mutation that no longer applies as a conflict and keeps it queued', async () => {
    await mutate('ticket.setStatus', { ticketId: TICKET, to: 'in_progress', reason: null });
    // Meanwhile the ticket was cancelled on the server.
    const outcome = await applyPullPage(store.db, page([change(6, serverTicket({ status: 'cancelled', version: 2 }))], 0), env);
    expect(outcome.conflicts).toEqual([1]);
    expect((await ticket()).status).toBe('cancelled');
    const [row] = await store.db.selectFrom('outbox').selectAll().execute();
    expect(row?.status).toBe('conflict');
    expect(JSON.parse(row?.conflict_json ?? '{}')).toMatchObject({ code: 'ticket.invalid_transition', params: { from: 'cancelled', to: 'in_progress' } });
    // Nothing half-applied: no optimistic event survived the failed replay.
    expect(await store.db.selectFrom('ticket_events').select('id').where('local_mutation_id', 'is not', null).execute()).toEqual([]);
  });

  it('removes a ticket created offline when the server rejected it, and keeps the rejection with its args', async () => {
    const created = '01a00000-0000-7000-8000-0000000000aa';
    await mutate('ticket.create', {
      id: created, type: 'incident', title: 'Nuevo', description: '', requesterId: 'req-lucia', organizationId: 'org-acme',
      areaId: null, channel: 'phone', categoryId: null, impact: 'low', urgency: 'low',
    });
    await applyPullPage(
      store.db,
      page([], 1, { rejections: [{ mutationId: 1, name: 'ticket.create', code: 'sync.out_of_scope', params: {}, fieldErrors: [], at: FIXTURE_NOW }] }),
      env,
    );
    expect(await store.db.selectFrom('tickets').select('id').where('id', '=', created).executeTakeFirst()).toBeUndefined();
    const issue = await store.db.selectFrom('sync_issues').selectAll().executeTakeFirstOrThrow();
    expect(issue).toMatchObject({ mutation_id: 1, ticket_id: created, code: 'sync.out_of_scope', status: 'open' });
    expect(issue.args_json).toContain('Nuevo');
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
