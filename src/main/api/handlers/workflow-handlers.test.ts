import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import { createServicesFixture, type ServicesFixture } from './sla-handlers.test-fixtures';

let f: ServicesFixture;
beforeAll(async () => {
  f = await createServicesFixture();
}, 60_000);
afterAll(async () => f?.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read untyped bridge results
async function ok(method: string, input: unknown): Promise<any> {
  const result = await f.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function printerTicket(title = 'La impresora del piso 3 no imprime'): Promise<string> {
  const id = newId();
  const requester = (await ok('requesters.search', { query: '', organizationId: 'org-andina' }))[0];
  await ok('mutation.apply', {
    name: 'ticket.create',
    args: {
      id,
      type: 'incident',
      title,
      description: 'Sale un error en el panel.',
      requesterId: requester.id,
      organizationId: 'org-andina',
      areaId: requester.areaId,
      channel: 'phone',
      categoryId: 'cat-hw-printer',
      impact: 'medium',
      urgency: 'medium',
    },
  });
  return id;
}

describe('workflow bridge handlers', () => {
  it('offers the printer checklist, rebuilds a run from its answers and proposes the outcome', async () => {
    const ticketId = await printerTicket();
    const templates = await ok('checklist.templatesForTicket', { ticketId });
    expect(templates.map((t: { id: string }) => t.id)).toEqual(['chk-printer']);
    const runId = newId();
    await ok('mutation.apply', { name: 'checklist.start', args: { ticketId, runId, templateId: 'chk-printer', templateVersion: 1 } });
    await ok('mutation.apply', { name: 'checklist.answer', args: { ticketId, runId, stepId: 'panel-ok', answer: false } });
    await ok('mutation.apply', { name: 'checklist.answer', args: { ticketId, runId, stepId: 'panel-message', answer: 'other' } });
    const [run] = await ok('checklist.runs', { ticketId });
    expect(run.position).toEqual({ type: 'outcome', id: 'o-field' });
    expect(run.summary.entries).toHaveLength(2);
    expect(run.outcomeAction).toMatchObject({ kind: 'escalate', args: { toGroupId: 'group-n2-field' } });
    const context = await ok('escalation.context', { ticketId });
    expect(context.suggestedGroupId).toBe('group-n2-field');
    expect(context.checklistText).toContain('Checklist: Impresora que no imprime (v1)');
  });

  it('lists active resolution codes and the demo macros', async () => {
    const codes = await ok('resolution.codes', {});
    expect(codes.map((c: { code: string }) => c.code)).toContain('guided_user');
    const macros = await ok('macros.list', {});
    expect(macros.length).toBeGreaterThanOrEqual(3);
  });

  it('suggests resolved tickets with their resolution, the category checklist, and known errors', async () => {
    const past = await f.services.store.db
      .selectFrom('tickets')
      .select(['id', 'title'])
      .where('status', 'in', ['resolved', 'closed'])
      .where('type', '=', 'incident')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    const result = await ok('diagnosis.suggest', { text: past.title.slice(0, -2), categoryId: 'cat-hw-printer' });
    expect(result.checklists[0]).toMatchObject({ templateId: 'chk-printer' });
    expect(result.similar.map((s: { ticketId: string }) => s.ticketId)).toContain(past.id);
    expect(result.similar.every((s: { status: string }) => s.status === 'resolved' || s.status === 'closed')).toBe(true);
    expect(result.similar.some((s: { resolution: unknown }) => s.resolution !== null)).toBe(true);

    const incident = await printerTicket('Impresora atasca hojas del toner en Contabilidad');
    const problemId = newId();
    await ok('mutation.apply', {
      name: 'problem.create',
      args: { problemId, title: 'Tóner defectuoso atasca la impresora', description: 'Lote de tóner con fallas', incidentIds: [incident] },
    });
    await ok('mutation.apply', {
      name: 'problem.update',
      args: { problemId, workaround: 'Usar cartuchos del lote nuevo', knownError: true },
    });
    const again = await ok('diagnosis.suggest', { text: 'toner atasca impresora', categoryId: null });
    expect(again.knownErrors[0]).toMatchObject({ problemId, workaround: 'Usar cartuchos del lote nuevo' });
    const list = await ok('problems.list', { query: 'tóner' });
    expect(list[0]).toMatchObject({ id: problemId, knownError: true, incidentCount: 1 });
    const record = await ok('problems.get', { problemId });
    expect(record.incidents.map((i: { id: string }) => i.id)).toEqual([incident]);
  });

  it('warns about a repeated incident of the same requester and category', async () => {
    const first = await printerTicket('Impresora sin conexión');
    const { ticket } = await ok('ticket.get', { id: first });
    const warnings = await ok('problems.repeatCheck', {
      requesterId: ticket.requesterId,
      categoryId: 'cat-hw-printer',
      title: 'Otra vez la impresora',
    });
    expect(warnings[0]).toMatchObject({ rule: 'same_requester_category' });
    expect(warnings[0].tickets.map((t: { id: string }) => t.id)).toContain(first);
  });

  it('assigns by round robin honouring availability, and keeps the cursor per group', async () => {
    await ok('assignment.setStrategy', { groupId: 'group-n1', strategy: 'round_robin' });
    await ok('availability.set', { availability: 'away' });
    expect(await ok('availability.get', {})).toEqual({ availability: 'away' });
    const chosen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await printerTicket(`Impresora ${i}`);
      await ok('mutation.apply', { name: 'ticket.assign', args: { ticketId: id, assigneeId: null, groupId: 'group-n1' } });
      const decision = await ok('assignment.assignByStrategy', { ticketId: id });
      expect(decision.kind).toBe('assigned');
      chosen.push(decision.agentId);
    }
    expect(chosen).not.toContain('agent-demo');
    expect(new Set(chosen).size).toBe(3);
    expect((await ok('assignment.getStrategy', { groupId: 'group-n1' })).lastAgentId).toBe(chosen[2]);
    const bad = await f.call('assignment.setStrategy', { groupId: 'nope', strategy: 'manual' });
    expect(bad.error.code).toBe('reference.unknown_group');
  });

  it('shows a functional escalation in the receiving group and a hierarchical one to supervisors only', async () => {
    const id = await printerTicket('Impresora de planta escalada');
    await ok('mutation.apply', { name: 'ticket.escalate', args: { ticketId: id, kind: 'functional', toGroupId: 'group-n1', reason: 'Prueba' } });
    const rows = await ok('escalation.toUs', {});
    expect(rows.find((r: { id: string }) => r.id === id)?.escalation).toMatchObject({ kind: 'functional', reason: 'Prueba' });
    await ok('mutation.apply', { name: 'ticket.escalate', args: { ticketId: id, kind: 'hierarchical', reason: 'VIP' } });
    // The demo agent is not a supervisor: the latest escalation (hierarchical) is not theirs.
    expect((await ok('escalation.toUs', {})).some((r: { id: string }) => r.id === id)).toBe(false);
  });

  it('refuses bad input at the edge', async () => {
    expect((await f.call('diagnosis.suggest', { text: 5 })).error.code).toBe('bridge.invalid_input');
    expect((await f.call('availability.set', { availability: 'asleep' })).error.code).toBe('bridge.invalid_input');
  });
});
