import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveChecklistTemplates } from '../../src/server/db/rows/workflow-rows';
import { PRINTER_CHECKLIST } from '../../src/shared/demo/checklists/printer';
import { newId } from '../../src/shared/domain/ids';
import { dialects } from './helpers/test-dialects';
import { clientIdFor, createArgs, login, pullAll, push, startTestServer } from './helpers/test-server';

type Server = Awaited<ReturnType<typeof startTestServer>>;
const NOW = Date.parse('2026-11-27T12:00:00.000Z');

// The first-line workflow mutations pushed to the real server: applied with the same code as the
// desktop, refused with the same codes, and pulled back as ticket rows and events.
describe.each(dialects)('workflow mutations pushed on $name', (dialect) => {
  let server: Server;
  let lucia: string;
  const clientId = clientIdFor('lucia');

  beforeEach(async () => {
    server = await startTestServer(dialect, { now: () => NOW });
    await saveChecklistTemplates(server.database.db, [PRINTER_CHECKLIST], '2026-11-01T00:00:00Z');
    lucia = await login(server.app, 'lucia');
  });
  afterEach(() => server.close());

  const outcomes = async (mutations: Array<{ name: string; args: unknown }>, token = lucia, client = clientId, firstId = 1) => {
    const res = await push(server.app, token, client, mutations.map((m, i) => ({ id: firstId + i, ...m })));
    expect(res.statusCode).toBe(200);
    return (res.json() as { results: Array<{ status: string; error?: { code: string } }> }).results.map(
      (r) => r.error?.code ?? r.status,
    );
  };

  it('runs a checklist to a resolution: every answer an event, the code recorded', async () => {
    const ticket = createArgs();
    const runId = newId();
    const answer = (stepId: string, value: unknown) => ({ name: 'checklist.answer', args: { ticketId: ticket.id, runId, stepId, answer: value } });
    expect(
      await outcomes([
        { name: 'ticket.create', args: ticket },
        { name: 'checklist.start', args: { ticketId: ticket.id, runId, templateId: 'chk-printer', templateVersion: 1 } },
        answer('panel-ok', false),
        answer('panel-message', 'jam'),
        answer('test-page', true), // not the current step
        answer('clear-jam', true),
        answer('test-page', true),
        { name: 'ticket.resolve', args: { ticketId: ticket.id, resolutionCode: 'guided_user', solution: 'Atasco retirado', firstContact: true } },
        { name: 'ticket.recordDocumentationTime', args: { ticketId: ticket.id, seconds: 75 } },
      ]),
    ).toEqual(['applied', 'applied', 'applied', 'applied', 'checklist.step_not_current', 'applied', 'applied', 'applied', 'applied']);
    const { changes } = await pullAll(server.app, lucia, clientId);
    const kinds = changes
      .filter((c) => c.table === 'ticket_events' && c.row.ticketId === ticket.id)
      .map((c) => (c.row.data as { kind: string }).kind);
    expect(kinds).toEqual([
      'created',
      'checklist_started',
      'checklist_answered',
      'checklist_answered',
      'checklist_answered',
      'checklist_answered',
      'status_changed',
      'resolution_recorded',
      'documentation_time_recorded',
    ]);
    const row = changes.filter((c) => c.table === 'tickets' && c.pk === ticket.id).at(-1)?.row;
    expect(row).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
  });

  it('refuses an escalation without a reason, an unknown resolution code and an unknown template', async () => {
    const ticket = createArgs();
    expect(
      await outcomes([
        { name: 'ticket.create', args: ticket },
        { name: 'ticket.escalate', args: { ticketId: ticket.id, kind: 'hierarchical', reason: '' } },
        { name: 'ticket.resolve', args: { ticketId: ticket.id, resolutionCode: 'nope', solution: 'x', firstContact: false } },
        { name: 'checklist.start', args: { ticketId: ticket.id, runId: newId(), templateId: 'chk-printer', templateVersion: 2 } },
        { name: 'ticket.escalate', args: { ticketId: ticket.id, kind: 'hierarchical', reason: 'Riesgo de SLA' } },
      ]),
    ).toEqual(['applied', 'mutation.invalid_args', 'resolution.unknown_code', 'checklist.template_not_found', 'applied']);
  });

  it('creates a problem from three incidents, links, unlinks and records a known error', async () => {
    const incidents = [createArgs(), createArgs(), createArgs({ impact: 'high' })];
    const problemId = newId();
    expect(
      await outcomes([
        ...incidents.map((args) => ({ name: 'ticket.create', args })),
        { name: 'problem.create', args: { problemId, title: 'Impresoras sin red', description: '', incidentIds: incidents.map((i) => i.id) } },
        { name: 'problem.unlink', args: { problemId, incidentId: incidents[0]?.id } },
        { name: 'problem.link', args: { problemId, incidentId: incidents[0]?.id } },
        { name: 'problem.update', args: { problemId, knownError: true } },
        { name: 'problem.update', args: { problemId, rootCause: 'Switch del piso 3', workaround: 'Usar la impresora del piso 2', knownError: true } },
      ]),
    ).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'applied', 'problem.known_error_needs_workaround', 'applied']);
    const rows = await server.database.db.selectFrom('tickets').select(['id', 'type', 'problem_id', 'number', 'impact']).execute();
    const problem = rows.find((r) => r.id === problemId);
    expect(problem).toMatchObject({ type: 'problem', problem_id: null, impact: 'high' });
    expect(problem?.number).toMatch(/^MS-\d+$/);
    expect(rows.filter((r) => r.problem_id === problemId).map((r) => r.id).sort()).toEqual(incidents.map((i) => i.id).sort());
  });

  it('does not let a requester run the workflow mutations', async () => {
    const ana = await login(server.app, 'ana');
    const ticket = createArgs();
    expect(await outcomes([{ name: 'ticket.create', args: ticket }])).toEqual(['applied']);
    expect(
      await outcomes(
        [
          { name: 'ticket.resolve', args: { ticketId: ticket.id, resolutionCode: 'guided_user', solution: 'x', firstContact: true } },
          { name: 'checklist.start', args: { ticketId: ticket.id, runId: newId(), templateId: 'chk-printer', templateVersion: 1 } },
        ],
        ana,
        clientIdFor('ana'),
      ),
    ).toEqual(['sync.forbidden_mutation', 'sync.forbidden_mutation']);
  });
});
