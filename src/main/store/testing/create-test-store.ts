import { createSeededIdGenerator, type IdGenerator } from '../../../shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../../../shared/domain/priority';
import type { MutationContext } from '../../../shared/sync/mutation-tx';
import { migrateToLatest } from '../migrate';
import { openDatabase, type StoreHandle } from '../open-database';

export const FIXTURE_NOW = '2026-11-26T15:00:00Z';

/**
 * A fresh in-memory store with a tiny, hand-written desk: one organization with two areas,
 * two requesters (one from another organization), two agents, two groups and a small category tree.
 */
export async function createTestStore(): Promise<StoreHandle> {
  const store = openDatabase(':memory:');
  await migrateToLatest(store.db);
  const { db } = store;
  await db
    .insertInto('organizations')
    .values([
      { id: 'org-acme', name: 'Acme SA', domains_json: '["acme.example"]' },
      { id: 'org-beta', name: 'Beta SRL', domains_json: '[]' },
    ])
    .execute();
  await db
    .insertInto('areas')
    .values([
      { id: 'area-fin', organization_id: 'org-acme', name: 'Finanzas' },
      { id: 'area-ops', organization_id: 'org-acme', name: 'Operaciones' },
    ])
    .execute();
  await db
    .insertInto('requesters')
    .values([
      { id: 'req-lucia', organization_id: 'org-acme', area_id: 'area-fin', name: 'Lucía Pérez', email: 'lucia@acme.example', phone: null, language: 'es' },
      { id: 'req-john', organization_id: 'org-beta', area_id: null, name: 'John Smith', email: 'john@beta.example', phone: null, language: 'en' },
    ])
    .execute();
  await db
    .insertInto('groups')
    .values([
      { id: 'group-n1', name: 'Mesa N1', level: 'N1' },
      { id: 'group-net', name: 'Redes', level: 'N2' },
    ])
    .execute();
  await db
    .insertInto('agents')
    .values([
      { id: 'agent-ana', name: 'Ana Torres', email: 'ana@mesa.example', role: 'agent', level: 'N1', language: 'es' },
      { id: 'agent-bob', name: 'Bob Reyes', email: 'bob@mesa.example', role: 'specialist', level: 'N2', language: 'en' },
    ])
    .execute();
  await db
    .insertInto('agent_groups')
    .values([
      { agent_id: 'agent-ana', group_id: 'group-n1' },
      { agent_id: 'agent-bob', group_id: 'group-net' },
    ])
    .execute();
  await db
    .insertInto('categories')
    .values([
      { id: 'cat-hw', parent_id: null, name_es: 'Hardware', name_en: 'Hardware', default_type: 'incident', active: 1 },
      { id: 'cat-hw-printer', parent_id: 'cat-hw', name_es: 'Impresoras', name_en: 'Printers', default_type: 'incident', active: 1 },
      { id: 'cat-acc', parent_id: null, name_es: 'Cuentas y accesos', name_en: 'Accounts and access', default_type: 'request', active: 1 },
    ])
    .execute();
  return store;
}

export function createTestContext(overrides: Partial<MutationContext> = {}, newId: IdGenerator = createSeededIdGenerator(7)): MutationContext {
  return {
    actorId: 'agent-ana',
    actorRole: 'agent',
    deviceId: 'device-test',
    now: FIXTURE_NOW,
    offline: false,
    newId,
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    ...overrides,
  };
}
