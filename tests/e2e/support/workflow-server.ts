import { test as base } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host';
import { newId } from '../../../src/shared/domain/ids';
import { migrateServerDatabase } from '../../../src/server/db/migrate';
import { seedDemoDatabase, DEMO_PASSWORD_DEFAULT } from '../../../src/server/seed/seed-demo-data';
import { TEST_PASSWORD_COST } from '../../server/helpers/fixtures';
import { dialects } from '../../server/helpers/test-dialects';
import { startInstance, type TestInstance } from '../../server/helpers/test-server';

/** Demo agents (src/shared/demo/demo-people.ts) by what they do in the workflow flows. */
export const DEMO_USERS = {
  ana: 'ana.torres@mesa.example', // N1, group-n1
  luis: 'luis.ramirez@mesa.example', // N1, group-n1
  diego: 'diego.fernandez@mesa.example', // N2, group-n2-network
  raul: 'raul.mendoza@mesa.example', // supervisor
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

export interface WorkflowDesk {
  url: string;
  /** A workstation signed in as the user, synced with the server. */
  desk(user: DemoUser): Promise<BrowserHost>;
  /** Calls a bridge method of a desk as its renderer would; throws on an error result. */
  call<T = unknown>(host: BrowserHost, method: string, input: unknown): Promise<T>;
  /** An incident created through the desk's bridge (as if registered by phone). */
  createIncident(host: BrowserHost, fields: { title: string; description?: string; categoryId?: string }): Promise<string>;
  /** Waits until the desk has pushed everything and pulled what the server has. */
  settle(host: BrowserHost): Promise<void>;
}

/** A real server (SQLite) seeded with the demo desk and its checklists; one per test file. */
export const test = base.extend<object, { workflow: WorkflowDesk }>({
  workflow: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dialect = dialects[0];
      if (!dialect) throw new Error('no dialect');
      const testDb = await dialect.create();
      const setup = testDb.open();
      await migrateServerDatabase(setup.db);
      await seedDemoDatabase(setup.db, { seed: 42, ticketCount: 60, password: DEMO_PASSWORD_DEFAULT, passwordCost: TEST_PASSWORD_COST });
      await setup.close();
      const server: TestInstance = await startInstance(testDb);
      const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
      const hosts: BrowserHost[] = [];
      const call = async <T>(host: BrowserHost, method: string, input: unknown): Promise<T> => {
        const result = await host.services.registry.dispatch(method, input, { transport: 'test' });
        if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
        return result.value as T;
      };
      await use({
        url,
        async desk(user) {
          const host = await startBrowserHost({
            renderer: 'dist',
            defaultLanguage: 'es',
            log: () => {},
            server: { url, login: { email: DEMO_USERS[user], password: DEMO_PASSWORD_DEFAULT } },
          });
          hosts.push(host);
          await host.services.sync?.current.idle();
          return host;
        },
        call,
        async createIncident(host, { title, description = 'Registrado por teléfono.', categoryId = 'cat-hw-printer' }) {
          const id = newId();
          const [requester] = await call<Array<{ id: string; areaId: string | null }>>(host, 'requesters.search', {
            query: '',
            organizationId: 'org-andina',
          });
          await call(host, 'mutation.apply', {
            name: 'ticket.create',
            args: {
              id,
              type: 'incident',
              title,
              description,
              requesterId: requester!.id,
              organizationId: 'org-andina',
              areaId: requester!.areaId,
              channel: 'phone',
              categoryId,
              impact: 'medium',
              urgency: 'high',
            },
          });
          return id;
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
    { scope: 'worker', timeout: 120_000 },
  ],
});

export { expect } from '@playwright/test';
