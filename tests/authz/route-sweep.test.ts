import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { dialects } from '../server/helpers/test-dialects';
import { login, startTestServer } from '../server/helpers/test-server';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/** Routes anyone may call (they authenticate by other means or serve public pages). */
const PUBLIC = new Set([
  '/health',
  '/ready',
  '/api/auth/login',
  '/api/portal/session',
  '/api/portal/link',
  '/api/portal/link/redeem',
  '/api/portal/actions/:token',
  '/api/chat/visitor',
  '/portal',
  '/portal/*',
]);
/** WebSocket routes answer a plain GET with 404; their auth is tested with real sockets (authz-matrix, live.test). */
const WEBSOCKET = new Set(['/api/sync/live', '/api/chat/visitor']);
/** Desk routes a requester's sync session may use (scoped like everything else). */
const REQUESTER_OK = new Set(['/api/auth/logout', '/api/auth/rotate', '/api/auth/me', '/api/sync/push', '/api/sync/pull', '/api/sync/live', '/api/tickets/:id']);

/** Every route the app registers, read from Fastify itself, so a route added later is swept too. */
function discoverRoutes(server: Server): Array<{ path: string; method: string }> {
  const out: Array<{ path: string; method: string }> = [];
  for (const line of server.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /(\/\S*) \(([A-Z, ]+)\)/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    for (const method of m[2].split(', ')) if (method !== 'HEAD' && method !== 'OPTIONS') out.push({ path: m[1], method });
  }
  return out;
}

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, () => newId()).replace('*', 'x');

describe.each(dialects)('every registered route on $name', (dialect) => {
  let server: Server;
  let routes: Array<{ path: string; method: string }>;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    routes = discoverRoutes(server);
  });
  afterAll(() => server.close());

  it('refuses anonymous callers with 401 and no data on every non-public route', async () => {
    expect(routes.length).toBeGreaterThan(8);
    const open: string[] = [];
    for (const r of routes.filter((x) => !PUBLIC.has(x.path) && !WEBSOCKET.has(x.path))) {
      const res = await server.app.inject({
        method: r.method as 'GET',
        url: concrete(r.path),
        ...(r.method === 'GET' ? {} : { payload: {} }),
      });
      if (res.statusCode !== 401 || (res.json() as { code?: string }).code !== 'auth.unauthorized') {
        open.push(`${r.method} ${r.path} → ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(open).toEqual([]);
  });

  it("refuses a requester's session on every desk-only route", async () => {
    const token = await login(server.app, 'ana');
    const open: string[] = [];
    for (const r of routes.filter((x) => !PUBLIC.has(x.path) && !REQUESTER_OK.has(x.path) && !WEBSOCKET.has(x.path))) {
      const res = await server.app.inject({
        method: r.method as 'GET',
        url: concrete(r.path),
        headers: { authorization: `Bearer ${token}` },
        ...(r.method === 'GET' ? {} : { payload: {} }),
      });
      if (res.statusCode < 400 || res.statusCode >= 500) open.push(`${r.method} ${r.path} → ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(open).toEqual([]);
  });
});
