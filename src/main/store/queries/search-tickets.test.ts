import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQueueFixtureStore, fixtureTicketId, frozenContext } from '../../../../tests/helpers/store-fixture';
import { applyLocalMutation } from '../apply-local-mutation';
import type { StoreHandle } from '../open-database';
import { toFtsQuery } from './fts-query';
import { searchTickets } from './search-tickets';

let store: StoreHandle;
beforeEach(async () => {
  store = await createQueueFixtureStore();
  const ctx = frozenContext();
  // t05 mentions the VPN only in a comment, twice; t02 has it in its title.
  for (const body of ['Reinicié el cliente VPN del usuario', 'La VPN sigue lenta']) {
    await applyLocalMutation(store.db, ctx, 'ticket.comment', {
      ticketId: fixtureTicketId('t05'), commentId: ctx.newId(), body, visibility: 'internal',
    });
  }
  await applyLocalMutation(store.db, ctx, 'ticket.comment', {
    ticketId: fixtureTicketId('t02'), commentId: ctx.newId(), body: 'Se reinstaló el cliente VPN', visibility: 'public',
  });
});
afterEach(async () => {
  await store.close();
});

const ids = async (query: string, limit = 20) => (await searchTickets(store.db, query, limit)).map((h) => h.id.replace('ticket-', ''));

describe('searchTickets', () => {
  it('is accent-insensitive both ways', async () => {
    expect(await ids('impresion')).toContain('t01'); // description says "impresión"
    expect(await ids('tÓner')).toEqual(['t08']);
    expect(await ids('conexion lenta')).toEqual(['t05']);
  });

  it('matches the last word as a prefix while typing', async () => {
    expect(await ids('impre')).toEqual(expect.arrayContaining(['t01', 't08']));
    expect(await ids('la vp')).toEqual(expect.arrayContaining(['t02', 't05']));
  });

  it('ranks title hits above comment hits and returns one hit per ticket', async () => {
    const hits = await searchTickets(store.db, 'vpn', 20);
    expect(hits.map((h) => h.id)).toEqual([fixtureTicketId('t02'), fixtureTicketId('t05')]);
    expect(hits[0]?.snippet).toContain('[VPN]');
    expect(hits[1]?.snippet).toMatch(/\[VPN\]/);
    expect(hits[0]).toMatchObject({ displayNumber: 'MS-10002', requesterName: 'José Núñez', status: 'in_progress' });
  });

  it('never lets user input produce an FTS syntax error', async () => {
    for (const hostile of ['"foo OR', 'NEAR(', '*', '-', '"', "'", 'a AND', 'OR OR', '(', ')', 'title:x', '^vpn', 'vpn -', '""""', 'NOT', '+', '{}', '\\']) {
      await expect(searchTickets(store.db, hostile, 10)).resolves.toBeInstanceOf(Array);
    }
    expect(await ids('"vpn')).toEqual(['t02', 't05']);
  });

  it('respects the limit', async () => {
    expect(await ids('vpn', 1)).toEqual(['t02']);
  });
});

describe('toFtsQuery', () => {
  it('quotes every term and prefixes the last', () => {
    expect(toFtsQuery('VPN no conecta')).toBe('"VPN" "no" "conecta"*');
    expect(toFtsQuery('"foo OR')).toBe('"foo" "OR"*');
    expect(toFtsQuery('NEAR(')).toBe('"NEAR"*');
    expect(toFtsQuery('* - "')).toBeNull();
  });
});
