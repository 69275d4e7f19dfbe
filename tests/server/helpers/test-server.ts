import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { newId } from '../../../src/shared/domain/ids';
import { buildApp, type AppOptions } from '../../../src/server/app';
import type { AppContext } from '../../../src/server/app-context';
import { migrateServerDatabase } from '../../../src/server/db/migrate';
import type { DatabaseHandle } from '../../../src/server/db/open-database';
import { PASSWORD, TEST_PASSWORD_COST, USERS, writeFixtures, type UserName } from './fixtures';
import type { TestDatabase, TestDialect } from './test-dialects';

export interface TestInstance {
  app: FastifyInstance;
  context: AppContext;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function startInstance(
  testDb: TestDatabase,
  options: Partial<AppOptions> = {},
): Promise<TestInstance> {
  const database = testDb.open();
  const { app, context } = await buildApp({ database, passwordCost: TEST_PASSWORD_COST, ...options });
  return {
    app,
    context,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A migrated database with the fixtures, and one server instance on it. */
export async function startTestServer(dialect: TestDialect, options: Partial<AppOptions> = {}) {
  const testDb = await dialect.create();
  const setup = testDb.open();
  await migrateServerDatabase(setup.db);
  await writeFixtures(setup.db);
  await setup.close();
  const instance = await startInstance(testDb, options);
  return {
    ...instance,
    testDb,
    async close() {
      await instance.close();
      await testDb.drop();
    },
  };
}

export async function login(app: FastifyInstance, user: UserName): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: USERS[user]?.email, password: PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${user} failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { token: string }).token;
}

export interface PushMutation {
  id: number;
  name: string;
  args: unknown;
  clientTime?: string;
}

export function push(
  app: FastifyInstance,
  token: string,
  clientId: string,
  mutations: PushMutation[],
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: { authorization: `Bearer ${token}` },
    payload: { clientId, mutations: mutations.map((m) => ({ clientTime: new Date().toISOString(), ...m })) },
  });
}

export function pull(
  app: FastifyInstance,
  token: string,
  body: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/sync/pull',
    headers: { authorization: `Bearer ${token}` },
    payload: body,
  });
}

export interface PulledChange {
  seq: number;
  table: string;
  pk: string;
  op: string;
  row: Record<string, unknown>;
  visible: boolean;
}

/** Pulls until hasMore is false; returns every change, in order, and the final cursor. */
export async function pullAll(
  app: FastifyInstance,
  token: string,
  clientId: string,
  cursor: string | number = 0,
  limit = 500,
) {
  const changes: PulledChange[] = [];
  let pages = 0;
  for (;;) {
    const res = await pull(app, token, { clientId, cursor, limit });
    if (res.statusCode !== 200) throw new Error(`pull failed: ${res.statusCode} ${res.body}`);
    const body = res.json() as {
      changes: PulledChange[];
      cursor: string;
      hasMore: boolean;
      lastMutationId: number;
      rejections: unknown[];
    };
    changes.push(...body.changes);
    cursor = body.cursor;
    pages += 1;
    if (!body.hasMore)
      return { changes, cursor, pages, lastMutationId: body.lastMutationId, rejections: body.rejections };
    if (pages > 1000) throw new Error('pull did not finish');
  }
}

/**
 * The latest row per (table, pk) after applying changes in order, as a client would: a change
 * marked not visible evicts the row (and, for a ticket, its comments and events).
 */
export function applyChanges(changes: PulledChange[]): Map<string, Record<string, unknown>> {
  const state = new Map<string, Record<string, unknown>>();
  for (const c of changes) {
    if (c.op === 'delete' || !c.visible) {
      state.delete(`${c.table}/${c.pk}`);
      if (c.table === 'tickets') for (const [key, row] of state) if (row.ticketId === c.pk) state.delete(key);
    } else state.set(`${c.table}/${c.pk}`, c.row);
  }
  return state;
}

export function createArgs(overrides: Record<string, unknown> = {}) {
  return {
    id: newId(),
    type: 'incident',
    title: 'La impresora no imprime',
    description: 'Atasco en la bandeja 2',
    requesterId: 'req-ana',
    organizationId: 'org-acme',
    areaId: null,
    channel: 'phone',
    categoryId: 'cat-hw-printer',
    impact: 'medium',
    urgency: 'high',
    ...overrides,
  };
}

export const clientIdFor = (name: string) => `client-${name}-${newId().slice(-12)}`;
