import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createUser } from '../../../src/server/auth/user-accounts';
import type { IssuedLoginLink } from '../../../src/server/portal/portal-options';
import { portalOptions } from '../../../src/server/portal/portal-options';
import { PASSWORD, TEST_PASSWORD_COST, USERS } from '../../server/helpers/fixtures';
import type { TestDialect } from '../../server/helpers/test-dialects';
import { startTestServer } from '../../server/helpers/test-server';

export interface PortalClient {
  cookie: string;
  csrf: string;
}

/** A test server with the portal API on (no static pages) and a settable clock. */
export async function startPortalServer(dialect: TestDialect) {
  const links: IssuedLoginLink[] = [];
  let nowMs = Date.parse('2026-11-30T14:00:00Z');
  const server = await startTestServer(dialect, {
    now: () => nowMs,
    portal: portalOptions({ staticDir: null, publicUrl: 'https://desk.test/portal', onLoginLink: (l) => links.push(l) }),
    chatLimits: { abandonAfterMs: 200 },
  });
  return {
    ...server,
    links,
    advance(ms: number) {
      nowMs += ms;
    },
    now: () => nowMs,
  };
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new Error(`no cookie: ${res.statusCode} ${res.body}`);
  return value.split(';')[0] ?? '';
}

export async function portalSession(app: FastifyInstance, cookie: string): Promise<PortalClient> {
  const me = await app.inject({ method: 'GET', url: '/api/portal/me', headers: { cookie } });
  if (me.statusCode !== 200) throw new Error(`me failed: ${me.statusCode} ${me.body}`);
  return { cookie, csrf: (me.json() as { csrfToken: string }).csrfToken };
}

export async function portalLogin(app: FastifyInstance, user: 'ana' | 'bob' | string, password = PASSWORD): Promise<PortalClient> {
  const email = USERS[user]?.email ?? user;
  const res = await app.inject({ method: 'POST', url: '/api/portal/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`portal login failed: ${res.statusCode} ${res.body}`);
  return portalSession(app, cookieFrom(res));
}

export function portalPost(app: FastifyInstance, client: PortalClient, url: string, payload: unknown) {
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: client.cookie, 'x-mesa-csrf': client.csrf },
    payload: payload as Record<string, unknown>,
  });
}

export function portalGet(app: FastifyInstance, client: PortalClient, url: string) {
  return app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
}

/** A second Acme requester (same organization as ana) with a portal account. */
export async function addCarla(db: Parameters<typeof createUser>[0]): Promise<void> {
  await db
    .insertInto('requesters')
    .values({ id: 'req-carla', organization_id: 'org-acme', area_id: null, name: 'Carla', email: 'carla@acme.test', phone: null, language: 'en' })
    .execute();
  await createUser(db, { email: 'carla@acme.test', password: PASSWORD, role: 'requester', requesterId: 'req-carla' }, TEST_PASSWORD_COST);
}

export const newRequest = (overrides: Record<string, unknown> = {}) => ({
  type: 'incident',
  title: 'No puedo imprimir',
  description: 'La impresora de la planta 2 no responde.',
  categoryId: 'cat-hw-printer',
  attachments: [],
  ...overrides,
});

/** Everything that would show a change: tickets, comments, events, change log. */
export async function footprint(db: Parameters<typeof createUser>[0]) {
  const count = async (table: 'tickets' | 'comments' | 'ticket_events' | 'change_log') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { tickets: await count('tickets'), comments: await count('comments'), events: await count('ticket_events'), log: await count('change_log') };
}
