import { test as base } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host';
import { createUser } from '../../../src/server/auth/user-accounts';
import { actionTokenSecret } from '../../../src/server/channels/notifications/action-tokens';
import { registerPortalActionRoutes } from '../../../src/server/channels/notifications/portal-action-routes';
import { channelDatabase } from '../../../src/server/portal/portal-mutations';
import { migrateServerDatabase } from '../../../src/server/db/migrate';
import { portalOptions, type IssuedLoginLink } from '../../../src/server/portal/portal-options';
import { DEMO_PASSWORD_DEFAULT, seedDemoDatabase } from '../../../src/server/seed/seed-demo-data';
import { TEST_PASSWORD_COST } from '../../server/helpers/fixtures';
import { dialects } from '../../server/helpers/test-dialects';
import { startInstance, type TestInstance } from '../../server/helpers/test-server';
import { buildPortal, PORTAL_DIR } from './portal-build';

export const REQUESTER_PASSWORD = 'portal-demo-password';
export const DESK_AGENT = 'ana.torres@mesa.example';

export interface PortalDesk {
  url: string;
  server: TestInstance;
  requester: { id: string; name: string; email: string };
  links: IssuedLoginLink[];
  /** The server's action-token secret (the email channel's confirm / survey links). */
  secret: Buffer;
  /** A workstation (browser host, real renderer) signed in as a demo N1 agent, synced with the server. */
  desk(): Promise<BrowserHost>;
  call<T = unknown>(host: BrowserHost, method: string, input: unknown): Promise<T>;
  settle(host: BrowserHost): Promise<void>;
}

/**
 * A real server (SQLite, demo desk) with the built portal and the chat, a requester account for one
 * demo requester, and workstations on demand. One per test file.
 */
export const test = base.extend<object, { portalDesk: PortalDesk }>({
  portalDesk: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await buildPortal();
      const dialect = dialects[0];
      if (!dialect) throw new Error('no dialect');
      const testDb = await dialect.create();
      const setup = testDb.open();
      await migrateServerDatabase(setup.db);
      await seedDemoDatabase(setup.db, { seed: 42, ticketCount: 60, password: DEMO_PASSWORD_DEFAULT, passwordCost: TEST_PASSWORD_COST });
      const row = await setup.db
        .selectFrom('requesters')
        .select(['id', 'name', 'email'])
        .where('email', 'is not', null)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const requester = { id: row.id, name: row.name, email: row.email ?? '' };
      await createUser(setup.db, { email: requester.email, password: REQUESTER_PASSWORD, role: 'requester', requesterId: requester.id }, TEST_PASSWORD_COST);
      await setup.close();
      const links: IssuedLoginLink[] = [];
      const server = await startInstance(testDb, {
        portal: portalOptions({ staticDir: PORTAL_DIR, publicUrl: 'http://127.0.0.1/portal', onLoginLink: (l) => links.push(l) }),
      });
      // The email channel's link API (confirm / reject / rate), as startEmailChannel registers it.
      const secret = await actionTokenSecret(server.database.db);
      registerPortalActionRoutes(server.app, channelDatabase(server.context), secret);
      const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
      const hosts: BrowserHost[] = [];
      await use({
        url,
        server,
        requester,
        links,
        secret,
        async desk() {
          const host = await startBrowserHost({
            renderer: 'dist',
            defaultLanguage: 'es',
            log: () => {},
            server: { url, login: { email: DESK_AGENT, password: DEMO_PASSWORD_DEFAULT } },
          });
          hosts.push(host);
          await host.services.sync?.current.idle();
          return host;
        },
        async call<T>(host: BrowserHost, method: string, input: unknown) {
          const result = await host.services.registry.dispatch(method, input, { transport: 'test' });
          if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
          return result.value as T;
        },
        async settle(host) {
          const client = host.services.sync?.current;
          if (!client) return;
          client.requestSync();
          await client.idle();
        },
      });
      for (const h of hosts) await h.close().catch(() => undefined);
      await server.close();
      await testDb.drop();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

export { expect } from '@playwright/test';
