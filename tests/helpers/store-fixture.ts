import type { Kysely } from 'kysely';
import { createSeededIdGenerator } from '../../src/shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../../src/shared/domain/priority';
import type { Ticket } from '../../src/shared/domain/ticket';
import type { MutationContext } from '../../src/shared/sync/mutation-tx';
import { migrateToLatest } from '../../src/main/store/migrate';
import { openDatabase, type StoreHandle } from '../../src/main/store/open-database';
import type { Database } from '../../src/main/store/schema';
import { ticketToRow } from '../../src/main/store/ticket-rows';

export const FROZEN_NOW = '2026-11-26T15:00:00Z';

/** A fresh, fully migrated in-memory store. */
export async function createMemoryStore(): Promise<StoreHandle> {
  const store = openDatabase(':memory:');
  await migrateToLatest(store.db as unknown as Kysely<unknown>);
  return store;
}

export function frozenContext(overrides: Partial<MutationContext> = {}): MutationContext {
  return {
    actorId: 'agent-ana',
    actorRole: 'agent',
    deviceId: 'device-test',
    now: FROZEN_NOW,
    offline: false,
    newId: createSeededIdGenerator(11),
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    ...overrides,
  };
}

/** Reference rows for the queue fixture: two organizations, two agents in two groups, a small tree. */
export async function insertFixtureReference(db: Kysely<Database>): Promise<void> {
  await db.insertInto('organizations').values([
    { id: 'org-a', name: 'Andina Seguros', domains_json: '["andina.example"]' },
    { id: 'org-b', name: 'Northwind', domains_json: '["northwind.example"]' },
  ]).execute();
  await db.insertInto('areas').values([{ id: 'area-fin', organization_id: 'org-a', name: 'Finanzas' }]).execute();
  await db.insertInto('requesters').values([
    { id: 'req-jose', organization_id: 'org-a', area_id: 'area-fin', name: 'José Núñez', email: 'jose.nunez@andina.example', phone: null, language: 'es' },
    { id: 'req-emily', organization_id: 'org-b', area_id: null, name: 'Emily Clarke', email: 'emily.clarke@northwind.example', phone: null, language: 'en' },
    { id: 'req-pct', organization_id: 'org-a', area_id: null, name: 'Ana 50 Ruiz', email: null, phone: null, language: 'es' },
  ]).execute();
  await db.insertInto('groups').values([
    { id: 'group-n1', name: 'Mesa N1', level: 'N1' },
    { id: 'group-net', name: 'Redes', level: 'N2' },
  ]).execute();
  await db.insertInto('agents').values([
    { id: 'agent-ana', name: 'Ana Torres', email: 'ana@mesa.example', role: 'agent', level: 'N1', language: 'es' },
    { id: 'agent-bob', name: 'Bob Reyes', email: 'bob@mesa.example', role: 'specialist', level: 'N2', language: 'en' },
  ]).execute();
  await db.insertInto('agent_groups').values([
    { agent_id: 'agent-ana', group_id: 'group-n1' },
    { agent_id: 'agent-bob', group_id: 'group-net' },
    { agent_id: 'agent-bob', group_id: 'group-n1' },
  ]).execute();
  const category = (id: string, parent: string | null, es: string, en: string) =>
    ({ id, parent_id: parent, name_es: es, name_en: en, default_type: 'incident', active: 1 });
  await db.insertInto('categories').values([
    category('cat-hw', null, 'Hardware', 'Hardware'),
    category('cat-hw-printer', 'cat-hw', 'Impresoras', 'Printers'),
    category('cat-hw-printer-jam', 'cat-hw-printer', 'Atasco de papel', 'Paper jam'),
    category('cat-net', null, 'Red y VPN', 'Network and VPN'),
    category('cat-net-vpn', 'cat-net', 'VPN', 'VPN'),
    category('cat-acc', null, 'Cuentas y accesos', 'Accounts and access'),
  ]).execute();
}

type FixtureTicket = Pick<Ticket, 'status' | 'priority' | 'assigneeId' | 'groupId' | 'channel' | 'organizationId' | 'categoryId' | 'createdAt' | 'slaDueAt' | 'title'> & { key: string; description?: string };

/** Keys t01…t10, inserted in this order (so seq = 1…10); see the queue tests for the expected orders. */
export const FIXTURE_TICKETS: readonly FixtureTicket[] = [
  { key: 't01', status: 'new', priority: 'P2', assigneeId: null, groupId: 'group-n1', channel: 'email', organizationId: 'org-a', categoryId: 'cat-hw-printer-jam', createdAt: '2026-11-01T10:00:00Z', slaDueAt: '2026-11-02T10:00:00Z', title: 'Impresora atascada en el piso 3', description: 'La impresión sale manchada y luego se atasca.' },
  { key: 't02', status: 'in_progress', priority: 'P1', assigneeId: 'agent-ana', groupId: 'group-n1', channel: 'phone', organizationId: 'org-a', categoryId: 'cat-net-vpn', createdAt: '2026-11-03T09:00:00Z', slaDueAt: '2026-11-03T13:00:00Z', title: 'La VPN no conecta desde casa' },
  { key: 't03', status: 'pending_requester', priority: 'P3', assigneeId: 'agent-ana', groupId: 'group-n1', channel: 'email', organizationId: 'org-b', categoryId: 'cat-acc', createdAt: '2026-10-10T08:00:00Z', slaDueAt: null, title: 'Password reset for Emily' },
  { key: 't04', status: 'new', priority: 'P1', assigneeId: null, groupId: null, channel: 'portal', organizationId: 'org-b', categoryId: 'cat-hw', createdAt: '2026-11-05T08:00:00Z', slaDueAt: '2026-11-05T12:00:00Z', title: 'Laptop will not power on' },
  { key: 't05', status: 'in_progress', priority: 'P2', assigneeId: 'agent-bob', groupId: 'group-net', channel: 'chat', organizationId: 'org-a', categoryId: 'cat-net-vpn', createdAt: '2026-10-20T12:00:00Z', slaDueAt: '2026-10-21T12:00:00Z', title: 'Conexión lenta en la oficina' },
  { key: 't06', status: 'resolved', priority: 'P1', assigneeId: 'agent-ana', groupId: 'group-n1', channel: 'phone', organizationId: 'org-a', categoryId: 'cat-hw-printer', createdAt: '2026-10-15T08:00:00Z', slaDueAt: null, title: 'Printer offline on floor 2' },
  { key: 't07', status: 'closed', priority: 'P4', assigneeId: 'agent-bob', groupId: 'group-net', channel: 'email', organizationId: 'org-b', categoryId: 'cat-acc', createdAt: '2026-09-01T08:00:00Z', slaDueAt: null, title: 'Outlook no sincroniza' },
  { key: 't08', status: 'pending_third_party', priority: 'P4', assigneeId: 'agent-ana', groupId: 'group-n1', channel: 'walk_in', organizationId: 'org-a', categoryId: 'cat-hw-printer', createdAt: '2026-10-25T08:00:00Z', slaDueAt: '2026-11-10T00:00:00Z', title: 'Sin tóner en la impresora de Finanzas' },
  { key: 't09', status: 'new', priority: 'P2', assigneeId: null, groupId: 'group-net', channel: 'email', organizationId: 'org-a', categoryId: 'cat-net-vpn', createdAt: '2026-11-01T10:00:00Z', slaDueAt: '2026-11-02T10:00:00Z', title: 'Wi-Fi de invitados' },
  { key: 't10', status: 'cancelled', priority: 'P3', assigneeId: null, groupId: 'group-n1', channel: 'email', organizationId: 'org-a', categoryId: null, createdAt: '2026-11-02T08:00:00Z', slaDueAt: null, title: 'Correo no deseado' },
];

/** Ticket ids are the fixture keys' UUID-shaped twins (ticket.comment needs a UUID comment id only). */
export function fixtureTicketId(key: string): string {
  return `ticket-${key}`;
}

export async function insertFixtureTickets(db: Kysely<Database>): Promise<void> {
  for (const t of FIXTURE_TICKETS) {
    const requesterId = t.organizationId === 'org-a' ? 'req-jose' : 'req-emily';
    const ticket: Ticket = {
      id: fixtureTicketId(t.key),
      number: t.key === 't04' ? null : `MS-${10000 + Number(t.key.slice(1))}`,
      provisionalNumber: `~${t.key.toUpperCase()}`,
      type: 'incident',
      title: t.title,
      description: t.description ?? '',
      requesterId,
      organizationId: t.organizationId,
      areaId: null,
      channel: t.channel,
      categoryId: t.categoryId,
      impact: 'medium',
      urgency: 'medium',
      priority: t.priority,
      status: t.status,
      assigneeId: t.assigneeId,
      groupId: t.groupId,
      level: 'N1',
      problemId: null,
      tags: [],
      createdAt: t.createdAt,
      updatedAt: t.createdAt,
      resolvedAt: null,
      closedAt: null,
      slaDueAt: t.slaDueAt,
      version: 1,
    };
    await db.insertInto('tickets').values(ticketToRow(ticket)).execute();
  }
}

/** The whole queue fixture on a fresh in-memory store. */
export async function createQueueFixtureStore(): Promise<StoreHandle> {
  const store = await createMemoryStore();
  await insertFixtureReference(store.db);
  await insertFixtureTickets(store.db);
  return store;
}
