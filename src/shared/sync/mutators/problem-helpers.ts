import type { Ticket } from '../../domain/ticket';
import { MesaError } from '../../errors';
import type { MutationContext, MutationTx } from '../mutation-tx';
import { changeTicket, loadTicket, recordEvent } from './ticket-helpers';

export async function loadProblem(tx: MutationTx, id: string): Promise<Ticket> {
  const ticket = await loadTicket(tx, id);
  if (ticket.type !== 'problem') throw new MesaError('problem.not_a_problem', { ticketId: id });
  return ticket;
}

/**
 * An incident that can be linked: closed ones can (problems are often found after the fact and the
 * KPIs count them); cancelled ones (duplicates, spam) cannot.
 */
export async function loadLinkableIncident(tx: MutationTx, id: string): Promise<Ticket> {
  const ticket = await loadTicket(tx, id);
  if (ticket.type !== 'incident') throw new MesaError('problem.not_an_incident', { ticketId: id });
  if (ticket.status === 'cancelled') throw new MesaError('ticket.closed', { ticketId: id, status: ticket.status });
  return ticket;
}

export function assertNotLinkedElsewhere(incident: Ticket, problemId: string): void {
  if (incident.problemId !== null && incident.problemId !== problemId) {
    throw new MesaError('problem.incident_already_linked', { incidentId: incident.id, problemId: incident.problemId });
  }
}

/** Links one incident (already checked) and tells both histories. Linking twice changes nothing. */
export async function linkIncident(tx: MutationTx, ctx: MutationContext, problem: Ticket, incident: Ticket): Promise<void> {
  if (incident.problemId === problem.id) return;
  assertNotLinkedElsewhere(incident, problem.id);
  const data = { kind: 'problem_linked' as const, problemId: problem.id, incidentId: incident.id };
  await changeTicket(tx, ctx, incident, { problemId: problem.id }, data);
  await recordEvent(tx, ctx, problem.id, data);
}
