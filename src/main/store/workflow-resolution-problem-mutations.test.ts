import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import { assessFirstContact } from '../../shared/workflow/first-contact';
import { foldProblemRecord } from '../../shared/workflow/problem-record';
import { DEFAULT_RESOLUTION_CODES } from '../../shared/workflow/resolution-codes';
import { documentationSeconds, latestResolution } from '../../shared/workflow/resolution';
import { applyLocalMutation } from './apply-local-mutation';
import type { StoreHandle } from './open-database';
import { createSqliteMutationTx } from './sqlite-mutation-tx';
import { createTestContext, createTestStore } from './testing/create-test-store';
import { listResolutionCodes, workflowDb } from './workflow-rows';

// ticket.resolve, problem.*, ticket.recordDocumentationTime through the real SQLite store.
describe('resolution and problem mutations on the local store', () => {
  let store: StoreHandle;
  const ids = createSeededIdGenerator(12);
  const run = (name: string, args: unknown) => applyLocalMutation(store.db, createTestContext({}, ids), name, args);
  const tx = () => createSqliteMutationTx(store.db);
  const ticket = async (id: string) => (await tx().getTicket(id))!;
  const createIncident = async (over: Record<string, unknown> = {}) => {
    const id = ids();
    await run('ticket.create', {
      id,
      type: 'incident',
      title: 'VPN no conecta',
      description: '',
      requesterId: 'req-lucia',
      organizationId: 'org-acme',
      areaId: null,
      channel: 'phone',
      categoryId: 'cat-hw',
      impact: 'low',
      urgency: 'medium',
      ...over,
    });
    return id;
  };

  beforeEach(async () => {
    store = await createTestStore();
  });
  afterEach(() => store.close());

  it('starts with the default resolution codes', async () => {
    expect(await listResolutionCodes(store.db)).toEqual([...DEFAULT_RESOLUTION_CODES]);
  });

  it('resolves with a code and a solution: status, timestamps, two events, FCR', async () => {
    const id = await createIncident();
    await run('ticket.claim', { ticketId: id, expectedAssigneeId: null });
    await run('ticket.resolve', { ticketId: id, resolutionCode: 'guided_user', solution: ' Reinició el cliente VPN ', firstContact: true });
    expect(await ticket(id)).toMatchObject({ status: 'resolved', resolvedAt: '2026-11-26T15:00:00Z', version: 3 });
    const events = await tx().listTicketEvents(id);
    expect(events.slice(-2).map((e) => e.data)).toEqual([
      { kind: 'status_changed', from: 'new', to: 'resolved', reason: null },
      { kind: 'resolution_recorded', resolutionCode: 'guided_user', solution: 'Reinició el cliente VPN', firstContact: true },
    ]);
    expect(latestResolution(events)?.resolutionCode).toBe('guided_user');
    expect(assessFirstContact(events)).toMatchObject({ firstContact: true, firstAgentId: 'agent-ana' });
  });

  it('refuses an unknown or retired code, a missing solution, and a ticket that cannot be resolved', async () => {
    const id = await createIncident();
    const resolve = (over: Record<string, unknown>) =>
      run('ticket.resolve', { ticketId: id, resolutionCode: 'guided_user', solution: 'ok', firstContact: false, ...over });
    await expect(resolve({ resolutionCode: 'magic' })).rejects.toMatchObject({ code: 'resolution.unknown_code' });
    await workflowDb(store.db).updateTable('resolution_codes').set({ active: 0 }).where('code', '=', 'vendor_fixed').execute();
    await expect(resolve({ resolutionCode: 'vendor_fixed' })).rejects.toMatchObject({ code: 'resolution.unknown_code' });
    await expect(resolve({ solution: '  ' })).rejects.toMatchObject({ code: 'mutation.invalid_args' });
    await resolve({});
    await expect(resolve({})).rejects.toMatchObject({ code: 'ticket.invalid_transition' });
  });

  it('creates a problem from three incidents and links them both ways', async () => {
    const incidents = [await createIncident(), await createIncident({ impact: 'high' }), await createIncident({ urgency: 'high' })];
    const problemId = ids();
    const outcome = await run('problem.create', { problemId, title: 'VPN cae a diario', description: 'Tres usuarios', incidentIds: incidents });
    expect(outcome.ticketIds).toEqual([problemId, ...incidents]);
    expect(await ticket(problemId)).toMatchObject({ type: 'problem', status: 'new', impact: 'high', urgency: 'high', priority: 'P1', requesterId: 'req-lucia' });
    for (const id of incidents) {
      expect((await ticket(id)).problemId).toBe(problemId);
      expect((await tx().listTicketEvents(id)).at(-1)?.data).toEqual({ kind: 'problem_linked', problemId, incidentId: id });
    }
    expect(foldProblemRecord(problemId, await tx().listTicketEvents(problemId)).incidentIds).toEqual(incidents);
  });

  it('links and unlinks, refusing non-incidents, incidents linked elsewhere and unlinks that do not match', async () => {
    const [a, b] = [await createIncident(), await createIncident()];
    const p1 = ids();
    const p2 = ids();
    await run('problem.create', { problemId: p1, title: 'P1', description: '', incidentIds: [a] });
    await run('problem.create', { problemId: p2, title: 'P2', description: '', incidentIds: [b] });
    await expect(run('problem.link', { problemId: p2, incidentId: a })).rejects.toMatchObject({ code: 'problem.incident_already_linked' });
    await expect(run('problem.link', { problemId: a, incidentId: b })).rejects.toMatchObject({ code: 'problem.not_a_problem' });
    await expect(run('problem.link', { problemId: p1, incidentId: p2 })).rejects.toMatchObject({ code: 'problem.not_an_incident' });
    await expect(run('problem.unlink', { problemId: p2, incidentId: a })).rejects.toMatchObject({ code: 'problem.incident_not_linked' });
    await run('problem.unlink', { problemId: p1, incidentId: a });
    await run('problem.link', { problemId: p2, incidentId: a });
    expect((await ticket(a)).problemId).toBe(p2);
    expect(foldProblemRecord(p2, await tx().listTicketEvents(p2)).incidentIds).toEqual([b, a]);
  });

  it('records root cause and workaround; a known error needs a workaround', async () => {
    const problemId = ids();
    await run('problem.create', { problemId, title: 'VPN', description: '', incidentIds: [await createIncident()] });
    await expect(run('problem.update', { problemId, knownError: true })).rejects.toMatchObject({ code: 'problem.known_error_needs_workaround' });
    await expect(run('problem.update', { problemId })).rejects.toMatchObject({ code: 'mutation.invalid_args' });
    await run('problem.update', { problemId, rootCause: 'Certificado del gateway vencido' });
    await run('problem.update', { problemId, workaround: 'Usar el gateway 2', knownError: true });
    await expect(run('problem.update', { problemId, workaround: '' })).rejects.toMatchObject({ code: 'problem.known_error_needs_workaround' });
    const record = foldProblemRecord(problemId, await tx().listTicketEvents(problemId));
    expect(record).toMatchObject({ rootCause: 'Certificado del gateway vencido', workaround: 'Usar el gateway 2', knownError: true });
  });

  it('adds documentation time as events', async () => {
    const id = await createIncident();
    await run('ticket.recordDocumentationTime', { ticketId: id, seconds: 95 });
    await run('ticket.recordDocumentationTime', { ticketId: id, seconds: 40 });
    await expect(run('ticket.recordDocumentationTime', { ticketId: id, seconds: 0 })).rejects.toMatchObject({ code: 'mutation.invalid_args' });
    expect(documentationSeconds(await tx().listTicketEvents(id))).toBe(135);
    expect((await ticket(id)).version).toBe(1);
  });
});
