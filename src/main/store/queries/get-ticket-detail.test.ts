import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeededIdGenerator } from '../../../shared/domain/ids';
import { createQueueFixtureStore, fixtureTicketId, frozenContext } from '../../../../tests/helpers/store-fixture';
import { applyLocalMutation } from '../apply-local-mutation';
import type { StoreHandle } from '../open-database';
import { getTicketDetail } from './get-ticket-detail';

let store: StoreHandle;
beforeEach(async () => {
  store = await createQueueFixtureStore();
});
afterEach(async () => {
  await store.close();
});

describe('getTicketDetail', () => {
  it('returns the ticket, its requester and its history in chronological order', async () => {
    const newId = createSeededIdGenerator(3);
    const id = fixtureTicketId('t02');
    const at = (now: string) => frozenContext({ now, newId });
    await applyLocalMutation(store.db, at('2026-11-26T10:00:00Z'), 'ticket.comment', {
      ticketId: id, commentId: newId(), body: 'Primero', visibility: 'public',
    });
    await applyLocalMutation(store.db, at('2026-11-26T11:00:00Z'), 'ticket.setStatus', {
      ticketId: id, to: 'pending_requester', reason: 'Esperando al usuario',
    });
    await applyLocalMutation(store.db, at('2026-11-26T12:00:00Z'), 'ticket.comment', {
      ticketId: id, commentId: newId(), body: 'Segundo', visibility: 'internal',
    });
    const detail = await getTicketDetail(store.db, id);
    expect(detail?.ticket).toMatchObject({ id, status: 'pending_requester', version: 4 });
    expect(detail?.requester).toMatchObject({ id: 'req-jose', name: 'José Núñez' });
    expect(detail?.comments.map((c) => c.body)).toEqual(['Primero', 'Segundo']);
    expect(detail?.events.map((e) => e.data.kind)).toEqual(['commented', 'status_changed', 'commented']);
    expect(detail?.events.map((e) => e.at)).toEqual(['2026-11-26T10:00:00Z', '2026-11-26T11:00:00Z', '2026-11-26T12:00:00Z']);
  });

  it('gives undefined for an unknown ticket and a null requester outside the synced scope', async () => {
    expect(await getTicketDetail(store.db, 'nope')).toBeUndefined();
    await store.db.updateTable('tickets').set({ requester_id: 'req-elsewhere' }).where('id', '=', fixtureTicketId('t01')).execute();
    expect((await getTicketDetail(store.db, fixtureTicketId('t01')))?.requester).toBeNull();
  });
});
