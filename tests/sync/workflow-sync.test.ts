import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import type { ChecklistTemplate } from '../../src/shared/workflow/checklist/checklist-schema';
import { writeWorkflowReference } from '../../src/server/reference/write-workflow-reference';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { dialects } from '../server/helpers/test-dialects';
import { clientIdFor, createArgs, login, pullAll, startTestServer } from '../server/helpers/test-server';
import { openDeskClient, type DeskClient } from './helpers/desk-client';

type Server = Awaited<ReturnType<typeof startTestServer>>;
const t = (es: string, en: string) => ({ es, en });

/** A small printer checklist for the fixtures' groups: solved, or escalated to g-net. */
const TEMPLATE: ChecklistTemplate = {
  id: 'chk-sync-printer',
  version: 1,
  categoryId: 'cat-hw',
  title: t('Impresora', 'Printer'),
  start: 'on',
  steps: [
    { id: 'on', kind: 'yes_no', text: t('¿Enciende?', 'Does it turn on?'), onYes: 'test', onNo: 'o-net' },
    { id: 'test', kind: 'check', text: t('¿Imprime prueba?', 'Test page?'), onPass: 'o-ok', onFail: 'o-net' },
  ],
  outcomes: [
    { id: 'o-ok', kind: 'resolved', solution: t('Resuelto', 'Solved'), resolutionCode: 'guided_user' },
    { id: 'o-net', kind: 'escalate', groupId: 'g-net', reason: t('Red', 'Network') },
  ],
};

describe.each(dialects)('first-line workflow over sync on $name', (dialect) => {
  let server: Server;
  let url: string;
  const desks: DeskClient[] = [];

  beforeEach(async () => {
    server = await startTestServer(dialect);
    await writeWorkflowReference(server.database.db, { templates: [TEMPLATE] });
    url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    for (const d of desks.splice(0)) await d.close();
    await server.close();
  });

  async function deskFor(user: 'lucia' | 'pedro' | 'sofia'): Promise<DeskClient> {
    const u = USERS[user];
    if (!u?.agentId) throw new Error(user);
    const desk = await openDeskClient(url, u.agentId, u.role === 'supervisor' ? 'supervisor' : 'agent');
    desks.push(desk);
    await desk.client.login(u.email, PASSWORD);
    await desk.client.idle();
    return desk;
  }

  const serverEvents = (ticketId: string) =>
    server.database.db.selectFrom('ticket_events').select(['kind', 'staff_only']).where('ticket_id', '=', ticketId).orderBy('at').orderBy('id').execute();

  it('templates arrive with the pull; a diagnosis, resolution and problem made offline apply once on reconnect', async () => {
    const lucia = await deskFor('lucia');
    const local = await lucia.store.db.selectFrom('checklist_templates' as never).selectAll().execute();
    expect(local).toHaveLength(1);

    lucia.online = false;
    await lucia.sync();
    const a = createArgs({ title: 'Impresora A' });
    const b = createArgs({ title: 'Impresora B' });
    const runId = newId();
    const problemId = newId();
    await lucia.mutate('ticket.create', a);
    await lucia.mutate('ticket.create', b);
    await lucia.mutate('checklist.start', { ticketId: a.id, runId, templateId: TEMPLATE.id, templateVersion: 1 });
    await lucia.mutate('checklist.answer', { ticketId: a.id, runId, stepId: 'on', answer: true });
    await lucia.mutate('checklist.answer', { ticketId: a.id, runId, stepId: 'test', answer: true });
    await lucia.mutate('ticket.resolve', { ticketId: a.id, resolutionCode: 'guided_user', solution: 'Resuelto', firstContact: true });
    await lucia.mutate('ticket.recordDocumentationTime', { ticketId: a.id, seconds: 42 });
    await lucia.mutate('problem.create', { problemId, title: 'Tóner', description: '', incidentIds: [b.id] });
    await lucia.mutate('problem.update', { problemId, workaround: 'Otro lote', knownError: true });
    expect(await lucia.client.status()).toMatchObject({ connection: 'offline', pending: 9 });

    lucia.online = true;
    await lucia.sync();
    await lucia.sync();
    expect(await lucia.client.status()).toMatchObject({ connection: 'online', pending: 0, rejected: 0 });
    const events = await serverEvents(a.id);
    expect(events.map((e) => e.kind)).toEqual([
      'created',
      'checklist_started',
      'checklist_answered',
      'checklist_answered',
      'status_changed',
      'resolution_recorded',
      'documentation_time_recorded',
    ]);
    // Diagnosis and documentation time are the desk's own bookkeeping: requesters never receive them.
    const staffOnly = events.filter((e) => Number(e.staff_only) === 1).map((e) => e.kind);
    expect(staffOnly).toEqual(['checklist_started', 'checklist_answered', 'checklist_answered', 'documentation_time_recorded']);
    const ticketB = await server.database.db.selectFrom('tickets').select('problem_id').where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(ticketB.problem_id).toBe(problemId);
    expect((await serverEvents(problemId)).find((e) => e.kind === 'problem_updated')).toMatchObject({ staff_only: expect.anything() });
    const requester = await login(server.app, 'ana');
    const { changes } = await pullAll(server.app, requester, clientIdFor('ana'));
    const kinds = changes.filter((c) => c.table === 'ticket_events').map((c) => (c.row as { data: { kind: string } }).data.kind);
    expect(kinds).toContain('resolution_recorded');
    expect(kinds.filter((k) => k.startsWith('checklist_') || k === 'problem_updated' || k === 'documentation_time_recorded')).toEqual([]);
    expect(changes.some((c) => c.table === 'checklist_templates')).toBe(false);
  });

  it('one agent claims while another escalates the same ticket: both apply in commit order, desks converge', async () => {
    const lucia = await deskFor('lucia');
    const pedro = await deskFor('pedro');
    const ticket = createArgs();
    await lucia.mutate('ticket.create', ticket);
    await lucia.mutate('ticket.assign', { ticketId: ticket.id, assigneeId: null, groupId: 'g-n1' });
    await lucia.sync();
    await pedro.sync();

    // Both act on the same unassigned ticket before hearing of each other; Lucía's claim commits first.
    await lucia.mutate('ticket.claim', { ticketId: ticket.id, expectedAssigneeId: null });
    await pedro.mutate('ticket.escalate', { ticketId: ticket.id, kind: 'functional', toGroupId: 'g-net', reason: 'Red caída' });
    await lucia.sync();
    await pedro.sync();
    await lucia.sync();

    const row = await server.database.db.selectFrom('tickets').select(['assignee_id', 'group_id']).where('id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ assignee_id: null, group_id: 'g-net' });
    for (const desk of [lucia, pedro]) {
      const local = await desk.store.db.selectFrom('tickets').select(['assignee_id', 'group_id']).where('id', '=', ticket.id).executeTakeFirstOrThrow();
      expect(local).toEqual(row);
      expect(await desk.client.status()).toMatchObject({ pending: 0, rejected: 0 });
    }
    expect((await serverEvents(ticket.id)).map((e) => e.kind)).toEqual(['created', 'assigned', 'assigned', 'escalated']);
  });

  it('two agents escalate the same ticket at once: both escalations are recorded, without reason none is', async () => {
    const lucia = await deskFor('lucia');
    const pedro = await deskFor('pedro');
    const ticket = createArgs();
    await lucia.mutate('ticket.create', ticket);
    await lucia.mutate('ticket.assign', { ticketId: ticket.id, assigneeId: null, groupId: 'g-n1' });
    await lucia.sync();
    await pedro.sync();
    await lucia.mutate('ticket.escalate', { ticketId: ticket.id, kind: 'functional', toGroupId: 'g-net', reason: 'Switch del piso' });
    await pedro.mutate('ticket.escalate', { ticketId: ticket.id, kind: 'hierarchical', reason: 'Usuario VIP' });
    await expect(pedro.mutate('ticket.escalate', { ticketId: ticket.id, kind: 'hierarchical', reason: '  ' })).rejects.toMatchObject({
      code: 'mutation.invalid_args',
    });
    await pedro.sync();
    await lucia.sync();
    await pedro.sync();
    const kinds = (await serverEvents(ticket.id)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'escalated')).toHaveLength(2);
    const row = await server.database.db.selectFrom('tickets').select(['group_id']).where('id', '=', ticket.id).executeTakeFirstOrThrow();
    expect(row.group_id).toBe('g-net');
    for (const desk of [lucia, pedro]) expect(await desk.client.status()).toMatchObject({ pending: 0, rejected: 0 });
  });
});
