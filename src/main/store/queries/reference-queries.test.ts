import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQueueFixtureStore } from '../../../../tests/helpers/store-fixture';
import type { StoreHandle } from '../open-database';
import { getAgent } from './get-agent';
import { loadReferenceData } from './load-reference-data';
import { searchRequesters } from './search-requesters';
import { readMeta, writeMeta } from './sync-meta';

let store: StoreHandle;
beforeEach(async () => {
  store = await createQueueFixtureStore();
});
afterEach(async () => {
  await store.close();
});

const names = async (query: string, organizationId: string | null = null, limit = 20) =>
  (await searchRequesters(store.db, { query, organizationId, limit })).map((r) => r.name);

describe('searchRequesters', () => {
  it('matches name or email, accent- and case-insensitively', async () => {
    expect(await names('jose')).toEqual(['José Núñez']);
    expect(await names('NÚÑEZ')).toEqual(['José Núñez']);
    expect(await names('nunez')).toEqual(['José Núñez']);
    expect(await names('northwind.example')).toEqual(['Emily Clarke']);
    expect(await names('')).toEqual(['Ana 50 Ruiz', 'Emily Clarke', 'José Núñez']);
  });

  it('filters by organization, limits, and treats LIKE wildcards literally', async () => {
    expect(await names('', 'org-b')).toEqual(['Emily Clarke']);
    expect(await names('', null, 1)).toEqual(['Ana 50 Ruiz']);
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
    expect(await names('50')).toEqual(['Ana 50 Ruiz']);
  });

  it('returns the Requester shape', async () => {
    expect((await searchRequesters(store.db, { query: 'emily', organizationId: null, limit: 5 }))[0]).toEqual({
      id: 'req-emily', organizationId: 'org-b', areaId: null, name: 'Emily Clarke',
      email: 'emily.clarke@northwind.example', phone: null, language: 'en',
    });
  });
});

describe('reference data, agents and meta', () => {
  it('loads reference data with agents’ groups and categories parents first', async () => {
    const ref = await loadReferenceData(store.db);
    expect(ref.organizations).toEqual([
      { id: 'org-a', name: 'Andina Seguros', domains: ['andina.example'] },
      { id: 'org-b', name: 'Northwind', domains: ['northwind.example'] },
    ]);
    expect(ref.areas).toEqual([{ id: 'area-fin', organizationId: 'org-a', name: 'Finanzas' }]);
    expect(ref.agents.map((a) => [a.id, a.groupIds])).toEqual([
      ['agent-ana', ['group-n1']],
      ['agent-bob', ['group-n1', 'group-net']],
    ]);
    expect(ref.groups.map((g) => g.id)).toEqual(['group-n1', 'group-net']);
    expect(ref.categories.map((c) => c.id)).toEqual([
      'cat-hw', 'cat-hw-printer', 'cat-hw-printer-jam', 'cat-net', 'cat-net-vpn', 'cat-acc',
    ]);
    expect(ref.categories[1]).toEqual({
      id: 'cat-hw-printer', parentId: 'cat-hw', name: { es: 'Impresoras', en: 'Printers' }, defaultType: 'incident', active: true,
    });
  });

  it('gets one agent with groups', async () => {
    expect(await getAgent(store.db, 'agent-bob')).toEqual({
      id: 'agent-bob', name: 'Bob Reyes', email: 'bob@mesa.example', role: 'specialist', level: 'N2',
      groupIds: ['group-n1', 'group-net'], language: 'en',
    });
    expect(await getAgent(store.db, 'nobody')).toBeUndefined();
  });

  it('reads and overwrites sync_meta values', async () => {
    expect(await readMeta(store.db, 'device_id')).toBeUndefined();
    await writeMeta(store.db, 'device_id', 'a');
    await writeMeta(store.db, 'device_id', 'b');
    expect(await readMeta(store.db, 'device_id')).toBe('b');
  });
});
