import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../src/server/auth/login-throttle';
import { hashPassword } from '../../src/server/auth/password';
import { hashSessionToken } from '../../src/server/auth/session-tokens';
import { PASSWORD, USERS } from './helpers/fixtures';
import { dialects } from './helpers/test-dialects';
import { login, startTestServer } from './helpers/test-server';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe.each(dialects)('accounts on $name', (dialect) => {
  let server: Server;
  let clock = Date.parse('2026-11-27T12:00:00Z');

  beforeEach(async () => {
    clock = Date.parse('2026-11-27T12:00:00Z');
    const throttleOptions = { baseDelayMs: 1000, maxDelayMs: 60_000, now: () => clock };
    server = await startTestServer(dialect, {
      now: () => clock,
      sessionTtlMs: 60 * 60 * 1000,
      loginThrottle: {
        account: new LoginThrottle({ freeFailures: 3, ...throttleOptions }),
        address: new LoginThrottle({ freeFailures: 6, ...throttleOptions }),
      },
    });
  });
  afterEach(() => server.close());

  const attempt = (email: string, password: string, ip = '10.0.0.1') =>
    server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });
  const me = (token: string) =>
    server.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });

  it('logs in with argon2id and stores only the token hash', async () => {
    const res = await attempt('LUCIA@mesa.test ', PASSWORD);
    expect(res.statusCode).toBe(200);
    const { token, user } = res.json() as { token: string; user: { role: string } };
    expect(user.role).toBe('agent');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const { db } = server.database;
    const stored = await db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'lucia@mesa.test')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.map((s) => s.token_hash)).toContain(hashSessionToken(token));
    expect(JSON.stringify(sessions)).not.toContain(token);
    expect((await me(token)).json()).toMatchObject({ role: 'agent', groupIds: ['g-n1'] });
  });

  it('answers wrong password and unknown account alike', async () => {
    const wrong = await attempt(USERS.lucia!.email, 'nope nope nope');
    const unknown = await attempt('nobody@mesa.test', 'nope nope nope');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ code: 'auth.invalid_credentials' });
  });

  it('throttles an account exponentially, even with the right password, and lets it in after the wait', async () => {
    for (let i = 0; i < 3; i++)
      expect((await attempt(USERS.lucia!.email, 'bad password!')).statusCode).toBe(401);
    expect((await attempt(USERS.lucia!.email, 'bad password!')).statusCode).toBe(401);
    const blocked = await attempt(USERS.lucia!.email, PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('1');
    expect(blocked.json()).toMatchObject({ code: 'auth.throttled' });
    clock += 1000;
    expect((await attempt(USERS.lucia!.email, 'bad password!')).statusCode).toBe(401);
    expect((await attempt(USERS.lucia!.email, PASSWORD)).headers['retry-after']).toBe('2');
    clock += 2000;
    expect((await attempt(USERS.lucia!.email, PASSWORD)).statusCode).toBe(200);
    // Another account from another address is not affected.
    expect((await attempt(USERS.pedro!.email, PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  });

  it('throttles an address spraying many accounts', async () => {
    for (let i = 0; i < 7; i++) await attempt(`user${i}@mesa.test`, 'bad password!', '10.9.9.9');
    expect((await attempt(USERS.pedro!.email, PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    expect((await attempt(USERS.pedro!.email, PASSWORD, '10.9.9.8')).statusCode).toBe(200);
  });

  it('revokes on logout, rotates, expires, and refuses disabled accounts', async () => {
    const token = await login(server.app, 'lucia');
    const logout = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(token)).statusCode).toBe(401);

    const old = await login(server.app, 'lucia');
    const rotated = await server.app.inject({
      method: 'POST',
      url: '/api/auth/rotate',
      headers: { authorization: `Bearer ${old}` },
    });
    const fresh = (rotated.json() as { token: string }).token;
    expect((await me(old)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);

    clock += 60 * 60 * 1000;
    expect((await me(fresh)).statusCode).toBe(401);

    const again = await login(server.app, 'pedro');
    await server.database.db
      .updateTable('users')
      .set({ disabled: 1 })
      .where('email', '=', USERS.pedro!.email)
      .execute();
    expect((await me(again)).statusCode).toBe(401);
    expect((await attempt(USERS.pedro!.email, PASSWORD)).statusCode).toBe(401);
  });

  it('requires a bearer token everywhere but login and health', async () => {
    for (const [method, url] of [
      ['GET', '/api/auth/me'],
      ['POST', '/api/sync/push'],
      ['POST', '/api/sync/pull'],
      ['GET', '/api/tickets/x'],
    ] as const) {
      const res = await server.app.inject({
        method,
        url,
        headers: { authorization: 'Bearer not-a-real-token-at-all-000' },
      });
      expect(res.statusCode, url).toBe(401);
    }
    expect((await server.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    expect((await server.app.inject({ method: 'GET', url: '/ready' })).json()).toMatchObject({
      status: 'ready',
      dialect: dialect.name,
    });
  });

  it('refuses a malformed login body with 400', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'http.invalid_body' });
  });

  it('hashes with argon2id', async () => {
    expect(await hashPassword('whatever-password', { memoryCost: 1024, timeCost: 1 })).toMatch(
      /^\$argon2id\$v=19\$m=1024,t=1,p=1\$/,
    );
  });
});
