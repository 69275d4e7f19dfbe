/** Real main services on a temp SQLite file with the demo desk, a frozen clock and a recording notifier. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSeededIdGenerator } from '../../../shared/domain/ids';
import { createFrozenClock } from '../../services/clock';
import { createMainServices, type MainServices } from '../../services/main-services';
import { createRecordingNotifier } from '../../services/notifier';

export const START = '2026-11-26T15:00:00Z';

export interface ServicesFixture {
  services: MainServices;
  clock: ReturnType<typeof createFrozenClock>;
  notifier: ReturnType<typeof createRecordingNotifier>;
  pushed: Array<{ event: string; payload: unknown }>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read untyped bridge results
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: any }>;
  close(): Promise<void>;
}

export async function createServicesFixture(): Promise<ServicesFixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mesa-sla-'));
  const clock = createFrozenClock(START);
  const notifier = createRecordingNotifier();
  const services = await createMainServices({
    databaseFile: path.join(dir, 'mesa.sqlite'),
    notifier,
    clock,
    newId: createSeededIdGenerator(11),
    seedDemoData: { seed: 42, ticketCount: 40 },
    validateOutput: true,
    onInternalError: (method, error) => console.error(method, error),
  });
  const pushed: ServicesFixture['pushed'] = [];
  services.events.subscribe((event, payload) => pushed.push({ event, payload }));
  return {
    services,
    clock,
    notifier,
    pushed,
    call: (method, input) => services.registry.dispatch(method, input, { transport: 'test' }) as never,
    async close() {
      await services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A P1 incident (15 min first response on the 24×7 calendar) assigned to the demo agent. */
export async function createUrgentTicket(f: ServicesFixture, id: string): Promise<void> {
  const reference = (await f.call('reference.get', {})).value;
  const requester = (await f.call('requesters.search', { query: '', organizationId: 'org-andina' })).value[0];
  const category = reference.categories.find((c: { id: string }) => c.id === 'cat-net-vpn-connect');
  const created = await f.call('mutation.apply', {
    name: 'ticket.create',
    args: {
      id,
      type: 'incident',
      title: 'La VPN no conecta desde casa',
      description: 'Error de autenticación.',
      requesterId: requester.id,
      organizationId: 'org-andina',
      areaId: requester.areaId,
      channel: 'phone',
      categoryId: category.id,
      impact: 'high',
      urgency: 'high',
    },
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const assigned = await f.call('mutation.apply', {
    name: 'ticket.assign',
    args: { ticketId: id, assigneeId: 'agent-demo', groupId: 'group-n1' },
  });
  if (!assigned.ok) throw new Error(JSON.stringify(assigned.error));
}
