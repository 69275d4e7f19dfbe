import type { Id, IdGenerator } from '../domain/ids';
import type { Area, Requester } from '../domain/people';
import type { PriorityMatrix } from '../domain/priority';
import type { Ticket, TicketComment } from '../domain/ticket';
import type { TicketEvent } from '../domain/ticket-event';
import type { LoggedCall } from '../telephony/logged-call';
import type { ChecklistTemplate } from '../workflow/checklist/checklist-schema';
import type { ResolutionCode } from '../workflow/resolution-codes';

export type ActorRole = 'agent' | 'specialist' | 'supervisor' | 'admin' | 'requester' | 'system';

/** Who applies a mutation, from where and when: the same mutation replays with the same context. */
export interface MutationContext {
  actorId: Id;
  actorRole: ActorRole;
  deviceId: string;
  /** ISO instant the change is stamped with (device time corrected by the server offset). */
  now: string;
  offline: boolean;
  newId: IdGenerator;
  priorityMatrix: PriorityMatrix;
}

/**
 * The small transaction a mutator sees. The desktop implements it over SQLite and the server over
 * its own database; everything a mutator does goes through here, inside one transaction.
 */
export interface MutationTx {
  getTicket(id: Id): Promise<Ticket | undefined>;
  insertTicket(ticket: Ticket): Promise<void>;
  updateTicket(id: Id, patch: Partial<Omit<Ticket, 'id'>>): Promise<void>;
  insertComment(comment: TicketComment): Promise<void>;
  appendEvent(event: TicketEvent): Promise<void>;
  getRequester(id: Id): Promise<Requester | undefined>;
  getArea(id: Id): Promise<Area | undefined>;
  organizationExists(id: Id): Promise<boolean>;
  categoryExists(id: Id): Promise<boolean>;
  agentExists(id: Id): Promise<boolean>;
  groupExists(id: Id): Promise<boolean>;
  // First-line workflow (docs/workflow.md).
  /** The ticket's history in order (optimistic rows included on the desktop). */
  listTicketEvents(ticketId: Id): Promise<TicketEvent[]>;
  /** One published version of a checklist template (reference data, table `checklist_templates`). */
  getChecklistTemplate(id: Id, version: number): Promise<ChecklistTemplate | undefined>;
  /** A code from the configurable list (table `resolution_codes`), retired ones included. */
  getResolutionCode(code: string): Promise<ResolutionCode | undefined>;
  // Phone channel (docs/channels.md).
  /** Keeps a logged call among the calls the phone figures read (the server's `calls`); optional:
   * the desktop has no such table, its ticket event is enough there. Idempotent on callId + queue. */
  recordCall?(call: LoggedCall): Promise<void>;
}
