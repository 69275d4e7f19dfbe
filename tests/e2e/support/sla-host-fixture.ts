import { test as base } from '@playwright/test';
import { newId } from '../../../src/shared/domain/ids';
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host';
import { createFrozenClock } from '../../../src/main/services/clock';

export const SLA_START = '2026-11-26T15:00:00Z';

export interface SlaHost {
  host: BrowserHost;
  clock: ReturnType<typeof createFrozenClock>;
  /** Calls a bridge method as the renderer would; throws on an error result. */
  call<T = unknown>(method: string, input: unknown): Promise<T>;
  /** A P1 incident (first response 15 min, 24×7) in "VPN › No conecta", assigned to the demo agent. */
  createUrgentTicket(title: string): Promise<string>;
  /** Moves the host's clock and has the SLA engine re-plan (as after a clock jump). */
  advance(ms: number): Promise<void>;
}

/** A browser host of its own with a frozen clock the test moves, so SLA thresholds come on demand. */
export const test = base.extend<object, { sla: SlaHost }>({
  sla: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const clock = createFrozenClock(SLA_START);
      const host = await startBrowserHost({
        renderer: 'dist',
        seedTickets: 80,
        seed: 42,
        clock,
        defaultLanguage: 'es',
        log: () => {},
      });
      const call = async <T>(method: string, input: unknown): Promise<T> => {
        const result = await host.services.registry.dispatch(method, input, { transport: 'test' });
        if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
        return result.value as T;
      };
      await use({
        host,
        clock,
        call,
        async createUrgentTicket(title) {
          const id = newId();
          const [requester] = await call<Array<{ id: string; areaId: string | null }>>('requesters.search', {
            query: '',
            organizationId: 'org-andina',
          });
          await call('mutation.apply', {
            name: 'ticket.create',
            args: {
              id,
              type: 'incident',
              title,
              description: 'Trabajo desde casa y la VPN muestra error de autenticación.',
              requesterId: requester!.id,
              organizationId: 'org-andina',
              areaId: requester!.areaId,
              channel: 'phone',
              categoryId: 'cat-net-vpn-connect',
              impact: 'high',
              urgency: 'high',
            },
          });
          await call('mutation.apply', {
            name: 'ticket.assign',
            args: { ticketId: id, assigneeId: 'agent-demo', groupId: 'group-n1' },
          });
          return id;
        },
        async advance(ms) {
          clock.advance(ms);
          await host.services.sla.resume();
          await host.services.sla.idle();
        },
      });
      await host.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
