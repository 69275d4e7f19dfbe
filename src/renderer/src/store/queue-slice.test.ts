import { describe, expect, it, vi } from 'vitest';
import type { QueuePageInput } from '../../../shared/api/queue-schemas';
import { bindApiEvents, createAppStore } from './create-app-store';
import { createFakeApi, pagedQueue, type FakeApi } from './fake-api';

const counts = { mine: 1, group: 2, unassigned: 3, all_open: 100_000 };

function setup(total = 100_000): { api: FakeApi; store: ReturnType<typeof createAppStore> } {
  const api = createFakeApi({ 'queue.page': pagedQueue(total), 'queue.counts': () => counts });
  const store = createAppStore({ api, pageSize: 100 });
  bindApiEvents(store, api);
  return { api, store };
}

const offsets = (api: FakeApi): number[] => api.callsOf('queue.page').map((c: QueuePageInput) => c.offset);

describe('queue slice: page cache', () => {
  it('fetches only the pages the visible range misses', async () => {
    const { api, store } = setup();
    await store.getState().ensureRange(0, 40);
    expect(offsets(api)).toEqual([0]);
    expect(store.getState().queue.total).toBe(100_000);

    await store.getState().ensureRange(50, 250);
    expect(offsets(api)).toEqual([0, 100, 200]);

    await store.getState().ensureRange(120, 180);
    expect(offsets(api)).toEqual([0, 100, 200]);
    expect(api.callsOf('queue.page').every((c) => c.limit === 100)).toBe(true);
  });

  it('jumps deep into a 100k queue fetching just the pages on screen', async () => {
    const { api, store } = setup();
    await store.getState().ensureRange(0, 30);
    await store.getState().ensureRange(73_410, 73_460);
    expect(offsets(api)).toEqual([0, 73_400]);
    const { queue } = store.getState();
    expect(
      Object.keys(queue.pages)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([0, 734]);
    expect(queue.pages[734]?.rows[10]?.id).toBe('t73410');
  });

  it('does not fetch a page twice while it is in flight', async () => {
    const { api, store } = setup();
    const first = store.getState().ensureRange(0, 10);
    const second = store.getState().ensureRange(5, 20);
    await Promise.all([first, second]);
    expect(offsets(api)).toEqual([0]);
  });

  it('clamps to the total and asks nothing past the end', async () => {
    const { api, store } = setup(150);
    await store.getState().ensureRange(0, 10);
    await store.getState().ensureRange(100, 400);
    expect(offsets(api)).toEqual([0, 100]);
    expect(store.getState().queue.pages[1]?.rows).toHaveLength(50);
  });

  it('discards the cache when the view, sort or filters change', async () => {
    const { api, store } = setup();
    await store.getState().ensureRange(0, 150);
    expect(offsets(api)).toEqual([0, 100]);

    store.getState().setView('mine');
    expect(store.getState().queue.pages).toEqual({});
    await store.getState().ensureRange(0, 50);
    const pageCalls = api.callsOf('queue.page');
    expect(pageCalls.at(-1)).toMatchObject({ view: 'mine', offset: 0 });
    expect(pageCalls.filter((c) => c.view === 'mine')).toHaveLength(1);

    store.getState().setSort({ by: 'age', direction: 'desc' });
    await store.getState().ensureRange(0, 50);
    expect(api.callsOf('queue.page').at(-1)).toMatchObject({
      sort: { by: 'age', direction: 'desc' },
      offset: 0,
    });

    store.getState().setFilter('priorities', ['P1', 'P2']);
    await store.getState().ensureRange(0, 50);
    expect(api.callsOf('queue.page').at(-1)?.filters.priorities).toEqual(['P1', 'P2']);
    // Filter changes refresh the counts (once the page is in); view and sort changes do not need to.
    await vi.waitFor(() => expect(api.callsOf('queue.counts').at(-1)?.filters.priorities).toEqual(['P1', 'P2']));
  });

  it('keeps the previous rows on screen until the new first page lands, then asks for the counts', async () => {
    let release: (() => void) | undefined;
    const all = pagedQueue(300, 'all');
    const mine = pagedQueue(7, 'mine');
    const api = createFakeApi({
      'queue.page': (input) =>
        (input.filters.priorities?.length ?? 0) > 0
          ? new Promise((resolve) => (release = () => resolve(mine(input) as never)))
          : all(input),
      'queue.counts': () => counts,
    });
    const store = createAppStore({ api, pageSize: 100 });
    await store.getState().ensureRange(0, 40);
    const before = store.getState().queue.pages;

    store.getState().setFilter('priorities', ['P1']);
    let queue = store.getState().queue;
    expect(queue.pages).toEqual({});
    expect(queue.previous).toBe(before);
    expect(queue.previous?.[0]?.rows[0]?.id).toBe('tall0');
    await Promise.resolve();
    expect(api.callsOf('queue.counts')).toHaveLength(0); // not before the rows

    release?.();
    await vi.waitFor(() => expect(store.getState().queue.previous).toBeNull());
    queue = store.getState().queue;
    expect(queue.total).toBe(7);
    expect(queue.pages[0]?.rows[0]?.id).toBe('tmine0');
    await vi.waitFor(() => expect(api.callsOf('queue.counts')).toHaveLength(1));
  });

  it('setting the same query again keeps the cache', async () => {
    const { api, store } = setup();
    await store.getState().ensureRange(0, 50);
    store.getState().setView('all_open');
    await store.getState().ensureRange(0, 50);
    expect(offsets(api)).toEqual([0]);
  });

  it('drops late answers of a previous query', async () => {
    let release: (() => void) | undefined;
    const slow = pagedQueue(10, 'old');
    const fast = pagedQueue(5, 'new');
    const api = createFakeApi({
      'queue.page': (input) =>
        input.view === 'all_open'
          ? new Promise((resolve) => (release = () => resolve(slow(input) as never)))
          : fast(input),
      'queue.counts': () => counts,
    });
    const store = createAppStore({ api, pageSize: 100 });
    const pending = store.getState().ensureRange(0, 10);
    store.getState().setView('mine');
    await store.getState().ensureRange(0, 10);
    release?.();
    await pending;
    expect(store.getState().queue.pages[0]?.rows[0]?.id).toBe('tnew0');
    expect(store.getState().queue.total).toBe(5);
  });

  it('on tickets.changed keeps visible pages as stale and refetches only them', async () => {
    const { api, store } = setup();
    await store.getState().ensureRange(0, 99);
    await store.getState().ensureRange(500, 650);
    expect(offsets(api)).toEqual([0, 500, 600]);

    api.emit('tickets.changed', { ticketIds: ['t510'], views: ['all_open'] });
    const { queue } = store.getState();
    expect(Object.keys(queue.pages).sort()).toEqual(['5', '6']);
    expect(queue.pages[5]?.stale).toBe(true);

    await new Promise((r) => setTimeout(r, 0));
    expect(offsets(api)).toEqual([0, 500, 600, 500, 600]);
    expect(store.getState().queue.pages[5]?.stale).toBe(false);
    expect(api.callsOf('queue.counts').length).toBeGreaterThan(0);

    // Page 0 was discarded: scrolling back fetches it again.
    await store.getState().ensureRange(0, 50);
    expect(offsets(api)).toEqual([0, 500, 600, 500, 600, 0]);
  });

  it('reloads the open ticket when tickets.changed names it', async () => {
    const api = createFakeApi({
      'queue.page': pagedQueue(10),
      'queue.counts': () => counts,
      'ticket.get': ({ id }) => ({ ticket: { id } as never, requester: null, comments: [], events: [] }),
    });
    const store = createAppStore({ api, pageSize: 100 });
    bindApiEvents(store, api);
    await store.getState().openTicket('t3');
    api.emit('tickets.changed', { ticketIds: ['t9'], views: [] });
    api.emit('tickets.changed', { ticketIds: ['t3'], views: [] });
    await new Promise((r) => setTimeout(r, 0));
    expect(api.callsOf('ticket.get')).toEqual([{ id: 't3' }, { id: 't3' }]);
  });
});

describe('queue slice: selection', () => {
  it('j/k move through rows and load a missing page', async () => {
    const api = createFakeApi({
      'queue.page': pagedQueue(300),
      'queue.counts': () => counts,
      'ticket.get': ({ id }) => ({ ticket: { id } as never, requester: null, comments: [], events: [] }),
    });
    const store = createAppStore({ api, pageSize: 100 });
    await store.getState().ensureRange(0, 99);
    await store.getState().moveSelection(1);
    expect(store.getState().ticket.selectedId).toBe('t0');
    await store.getState().moveSelection(1);
    expect(store.getState().ticket.selectedId).toBe('t1');
    await store.getState().moveSelection(-5);
    expect(store.getState().ticket.selectedId).toBe('t0');

    store.getState().selectIndex(99);
    await store.getState().moveSelection(1);
    expect(store.getState().ticket.selectedId).toBe('t100');
    expect(offsets(api)).toEqual([0, 100]);
    expect(store.getState().queue.visible).toEqual({ start: 0, end: 99 });
  });
});
