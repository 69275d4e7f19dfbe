/**
 * A small desk month on a real server (pushed through sync, so the rows are exactly what production
 * writes): November 2026, Acme and Globex tickets worked by Lucía and Pedro, some escalated, some with
 * an SLA breach recorded by the desktop engine, a few left open. The server clock moves with the story.
 */
import { newId } from '../../../src/shared/domain/ids';
import type { AppOptions } from '../../../src/server/app';
import { clientIdFor, createArgs, login, push, startTestServer } from '../../server/helpers/test-server';
import type { TestDialect } from '../../server/helpers/test-dialects';

export const DESK_TZ = 'America/Lima';
export const MONTH = { from: '2026-11-01', to: '2026-11-30' };

export interface ReportDesk {
  server: Awaited<ReturnType<typeof startTestServer>>;
  clock: { now: number };
  ticketIds: { acme: string[]; globex: string[] };
  close(): Promise<void>;
}

export async function startReportDesk(dialect: TestDialect, options: Partial<AppOptions> = {}, count = 12): Promise<ReportDesk> {
  const clock = { now: Date.parse('2026-11-02T14:00:00Z') };
  const server = await startTestServer(dialect, { now: () => clock.now, reports: { timeZone: DESK_TZ }, ...options });
  const tokens = { lucia: await login(server.app, 'lucia'), pedro: await login(server.app, 'pedro') };
  const clients = { lucia: clientIdFor('lucia'), pedro: clientIdFor('pedro') };
  const ids = { lucia: 0, pedro: 0 };
  const send = async (who: 'lucia' | 'pedro', name: string, args: unknown) => {
    ids[who] += 1;
    const res = await push(server.app, tokens[who], clients[who], [
      { id: ids[who], name, args, clientTime: new Date(clock.now).toISOString() },
    ]);
    const result = (res.json() as { results: Array<{ status: string; error?: { code: string } }> }).results[0];
    if (result?.status !== 'applied') throw new Error(`${name} failed: ${JSON.stringify(result)}`);
  };
  const ticketIds = { acme: [] as string[], globex: [] as string[] };
  for (let i = 0; i < count; i++) {
    const acme = i % 3 !== 2;
    const who = i % 2 === 0 ? 'lucia' : 'pedro';
    const t = createArgs({
      title: acme ? `Acme: incidente ${i + 1}` : `Globex: incident ${i + 1}`,
      requesterId: acme ? 'req-ana' : 'req-bob',
      organizationId: acme ? 'org-acme' : 'org-globex',
      areaId: acme ? 'area-acme-fin' : null,
      channel: (['phone', 'email', 'portal', 'chat'] as const)[i % 4],
    });
    (acme ? ticketIds.acme : ticketIds.globex).push(t.id);
    clock.now += 36 * 3_600_000;
    await send(who, 'ticket.create', t);
    clock.now += 10 * 60_000;
    await send(who, 'ticket.claim', { ticketId: t.id, expectedAssigneeId: null });
    await send(who, 'ticket.setStatus', { ticketId: t.id, to: 'in_progress', reason: null });
    clock.now += 20 * 60_000;
    await send(who, 'ticket.comment', { ticketId: t.id, commentId: newId(), body: 'Revisando', visibility: 'public' });
    if (i % 4 === 1) {
      await send(who, 'ticket.escalate', { ticketId: t.id, kind: 'hierarchical', reason: 'Necesita aprobación del gerente' });
      clock.now += 30 * 60_000;
      const due = new Date(clock.now - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      await send(who, 'sla.recordAlert', { ticketId: t.id, alertId: `a-${t.id}`, target: 'resolution', level: 'breach', repeat: 0, thresholdAt: due, dueAt: due });
    }
    if (i % 5 !== 4) {
      clock.now += (30 + i * 7) * 60_000;
      await send(who, 'ticket.resolve', { ticketId: t.id, resolutionCode: 'guided_user', solution: 'Resuelto', firstContact: i % 4 !== 1 });
    }
  }
  clock.now = Date.parse('2026-12-01T15:00:00Z');
  return { server, clock, ticketIds, close: () => server.close() };
}
