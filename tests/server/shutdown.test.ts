import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { dialects } from './helpers/test-dialects';
import { clientIdFor, createArgs, login, startTestServer } from './helpers/test-server';

describe.each(dialects)('graceful shutdown on $name', (dialect) => {
  it('drains an in-flight push before closing, then refuses new connections', async () => {
    let app: FastifyInstance | null = null;
    let closing: Promise<void> | null = null;
    let armed = false;
    // The clock is read as the push starts: the test uses that instant to begin the shutdown.
    const server = await startTestServer(dialect, {
      now: () => {
        if (armed && app) {
          armed = false;
          closing = app.close();
        }
        return Date.now();
      },
    });
    app = server.app;
    try {
      const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
      const token = await login(server.app, 'lucia');
      armed = true;
      const mutations = Array.from({ length: 50 }, (_, i) => ({
        id: i + 1,
        name: 'ticket.create',
        args: createArgs(),
        clientTime: new Date().toISOString(),
      }));
      const res = await fetch(`${url}/api/sync/push`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          connection: 'close',
        },
        body: JSON.stringify({ clientId: clientIdFor('lucia'), mutations }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { lastMutationId: number }).lastMutationId).toBe(50);
      expect(closing).not.toBeNull();
      await closing;
      await expect(fetch(`${url}/health`)).rejects.toThrow();
      const count = await server.database.db
        .selectFrom('tickets')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(50);
    } finally {
      await server.database.close();
      await server.testDb.drop();
    }
  });
});
