import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../server/helpers/test-dialects';
import { login } from '../server/helpers/test-server';
import {
  addCarla,
  cookieFrom,
  footprint,
  newRequest,
  portalGet,
  portalLogin,
  portalPost,
  startPortalServer,
  type PortalClient,
} from './helpers/portal-server';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e5d9a10000000049454e44ae426082', 'hex');
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

describe.each(dialects)('portal security ($name)', (dialect) => {
  let server: Awaited<ReturnType<typeof startPortalServer>>;
  let ana: PortalClient;
  let bob: PortalClient;
  let anaTicket: string;

  beforeAll(async () => {
    server = await startPortalServer(dialect);
    await addCarla(server.database.db);
    ana = await portalLogin(server.app, 'ana');
    bob = await portalLogin(server.app, 'bob');
    const created = await portalPost(server.app, ana, '/api/portal/tickets', newRequest());
    expect(created.statusCode).toBe(201);
    anaTicket = (created.json() as { id: string }).id;
  });
  afterAll(async () => server?.close());

  it('signs in with an HttpOnly, SameSite=Strict cookie and no token in the body', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/portal/session', payload: { email: 'ana@acme.test', password: 'correct horse battery staple' } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    expect(res.body).not.toContain(cookieFrom(res).split('=')[1]);
  });

  it('refuses desk accounts in the portal', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/portal/session', payload: { email: 'lucia@mesa.test', password: 'correct horse battery staple' } });
    expect(res.statusCode).toBe(401);
  });

  it('IDOR: another requester’s ticket answers exactly like a missing one', async () => {
    const theirs = await portalGet(server.app, bob, `/api/portal/tickets/${anaTicket}`);
    const missing = await portalGet(server.app, bob, '/api/portal/tickets/01900000-0000-7000-8000-000000000000');
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(missing.body);
    const before = await footprint(server.database.db);
    for (const path of ['comments', 'confirm', 'reject', 'rate']) {
      const res = await portalPost(server.app, bob, `/api/portal/tickets/${anaTicket}/${path}`, path === 'comments' ? { body: 'hola' } : path === 'reject' ? { reason: 'x' } : path === 'rate' ? { score: 1 } : {});
      expect(res.statusCode, path).toBe(404);
      expect(res.body).toBe(missing.body);
    }
    expect(await footprint(server.database.db)).toEqual(before);
    const list = await portalGet(server.app, bob, '/api/portal/tickets?scope=organization');
    expect((list.json() as unknown[]).length).toBe(0);
  });

  it('CSRF: a POST without the token, with a wrong one or as a form changes nothing', async () => {
    const before = await footprint(server.database.db);
    const noToken = await server.app.inject({ method: 'POST', url: '/api/portal/tickets', headers: { cookie: ana.cookie }, payload: newRequest() });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ code: 'portal.csrf' });
    const wrong = await server.app.inject({ method: 'POST', url: '/api/portal/tickets', headers: { cookie: ana.cookie, 'x-mesa-csrf': bob.csrf }, payload: newRequest() });
    expect(wrong.statusCode).toBe(403);
    const form = await server.app.inject({
      method: 'POST',
      url: `/api/portal/tickets/${anaTicket}/comments`,
      headers: { cookie: ana.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'body=forged',
    });
    expect([403, 415]).toContain(form.statusCode);
    expect(await footprint(server.database.db)).toEqual(before);
  });

  it('GET changes nothing, and actions have no GET form', async () => {
    const before = await footprint(server.database.db);
    for (const url of ['/api/portal/me', '/api/portal/categories', '/api/portal/tickets', `/api/portal/tickets/${anaTicket}`])
      expect((await portalGet(server.app, ana, url)).statusCode, url).toBe(200);
    for (const path of ['confirm', 'reject', 'rate', 'comments'])
      expect((await portalGet(server.app, ana, `/api/portal/tickets/${anaTicket}/${path}`)).statusCode).toBe(404);
    expect((await portalGet(server.app, ana, '/api/portal/link/redeem')).statusCode).toBe(404);
    expect(await footprint(server.database.db)).toEqual(before);
  });

  it('refuses open redirects on sign-in and sign-in links', async () => {
    const bad = ['https://evil.example/', '//evil.example/x', '/\\evil.example', '/portal/../api/auth/me', 'javascript:alert(1)', '/portal/%2F%2Fevil.example', '/api/portal/me', '/portal\n/x'];
    for (const next of bad) {
      const res = await server.app.inject({ method: 'POST', url: '/api/portal/session', payload: { email: 'ana@acme.test', password: 'correct horse battery staple', next } });
      expect(res.statusCode, next).toBe(400);
      expect(res.json()).toMatchObject({ code: 'portal.unsafe_next' });
      const link = await server.app.inject({ method: 'POST', url: '/api/portal/link', payload: { email: 'ana@acme.test', next } });
      expect(link.statusCode, next).toBe(400);
    }
    const good = await server.app.inject({ method: 'POST', url: '/api/portal/session', payload: { email: 'ana@acme.test', password: 'correct horse battery staple', next: `/portal/requests/${anaTicket}` } });
    expect(good.json()).toEqual({ next: `/portal/requests/${anaTicket}` });
  });

  it('limits attachments by count, size and real type', async () => {
    const svg = b64('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const cases: Array<[unknown[], number, string]> = [
      [[{ name: 'evil.png', contentBase64: svg }], 415, 'portal.attachment_type'],
      [[{ name: 'page.html', contentBase64: b64('<html><script>x</script></html>') }], 415, 'portal.attachment_type'],
      [[{ name: 'notes.txt', contentBase64: b64('<script>alert(1)</script>') }], 415, 'portal.attachment_type'],
      [[{ name: 'big.png', contentBase64: b64(Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])) }], 413, 'portal.attachment_too_large'],
      [Array.from({ length: 6 }, (_, i) => ({ name: `s${i}.png`, contentBase64: b64(PNG) })), 413, 'portal.too_many_attachments'],
    ];
    const before = await footprint(server.database.db);
    for (const [attachments, status, code] of cases) {
      const res = await portalPost(server.app, ana, '/api/portal/tickets', newRequest({ attachments }));
      expect(res.statusCode, code).toBe(status);
      expect(res.json()).toMatchObject({ code });
    }
    expect(await footprint(server.database.db)).toEqual(before);
    const ok = await portalPost(server.app, ana, '/api/portal/tickets', newRequest({ attachments: [{ name: 'captura.png', contentBase64: b64(PNG) }, { name: 'log.txt', contentBase64: b64('error 42\n') }] }));
    expect(ok.statusCode).toBe(201);
    const detail = (await portalGet(server.app, ana, `/api/portal/tickets/${(ok.json() as { id: string }).id}`)).json() as { attachments: Array<{ id: string; name: string }> };
    expect(detail.attachments.map((a) => a.name)).toEqual(['captura.png', 'log.txt']);
    const file = await portalGet(server.app, ana, `/api/portal/attachments/${detail.attachments[0]!.id}`);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect((await portalGet(server.app, bob, `/api/portal/attachments/${detail.attachments[0]!.id}`)).statusCode).toBe(404);
  });

  it('organization visibility follows the per-organization flag, read-only', async () => {
    const carla = await portalLogin(server.app, 'carla@acme.test');
    expect((await portalGet(server.app, carla, `/api/portal/tickets/${anaTicket}`)).statusCode).toBe(404);
    const sofia = await login(server.app, 'sofia');
    const lucia = await login(server.app, 'lucia');
    const put = (token: string) =>
      server.app.inject({ method: 'PUT', url: '/api/portal/organizations/org-acme/settings', headers: { authorization: `Bearer ${token}` }, payload: { shareTickets: true } });
    expect((await put(lucia)).statusCode).toBe(403);
    expect((await put(sofia)).statusCode).toBe(200);
    const seen = await portalGet(server.app, carla, `/api/portal/tickets/${anaTicket}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ mine: false, canReply: false, canConfirm: false });
    const list = (await portalGet(server.app, carla, '/api/portal/tickets?scope=organization')).json() as Array<{ id: string }>;
    expect(list.map((t) => t.id)).toContain(anaTicket);
    const reply = await portalPost(server.app, carla, `/api/portal/tickets/${anaTicket}/comments`, { body: 'yo también' });
    expect(reply.statusCode).toBe(403);
    expect((await portalGet(server.app, bob, `/api/portal/tickets/${anaTicket}`)).statusCode).toBe(404);
  });

  it('throttles repeated failed sign-ins (shared with the desk login throttle)', async () => {
    const attempt = () => server.app.inject({ method: 'POST', url: '/api/portal/session', payload: { email: 'bob@globex.test', password: 'wrong password!' } });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const throttled = await attempt();
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits until the brake lifts.
    const right = await server.app.inject({ method: 'POST', url: '/api/portal/session', payload: { email: 'bob@globex.test', password: 'correct horse battery staple' } });
    expect(right.statusCode).toBe(429);
  });
});
