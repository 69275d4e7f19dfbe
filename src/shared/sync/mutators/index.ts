import { z } from 'zod';
import type { Mutator } from './define-mutator';
import { slaAcknowledgeAlert } from './sla-acknowledge-alert';
import { slaRecordAlert } from './sla-record-alert';
import { slaSnoozeAlert } from './sla-snooze-alert';
import { ticketAssign } from './ticket-assign';
import { ticketCategorize } from './ticket-categorize';
import { ticketClaim } from './ticket-claim';
import { ticketComment } from './ticket-comment';
import { ticketCreate } from './ticket-create';
import { ticketEscalate } from './ticket-escalate';
import { ticketPrioritize } from './ticket-prioritize';
import { ticketSetStatus } from './ticket-set-status';
// First-line workflow (docs/workflow.md).
import { checklistAnswer } from './checklist-answer';
import { checklistStart } from './checklist-start';
import { problemCreate } from './problem-create';
import { problemLink } from './problem-link';
import { problemUnlink } from './problem-unlink';
import { problemUpdate } from './problem-update';
import { ticketRecordDocumentationTime } from './ticket-record-documentation-time';
import { ticketResolve } from './ticket-resolve';
// Requester channels (docs/channels.md).
import { ticketRate } from './ticket-rate';
// Phone channel.
import { callLog } from './call-log';

export type { Mutator, MutationOutcome } from './define-mutator';

const ALL_MUTATORS = [
  ticketCreate,
  ticketCategorize,
  ticketPrioritize,
  ticketSetStatus,
  ticketComment,
  ticketAssign,
  ticketClaim,
  slaRecordAlert,
  slaAcknowledgeAlert,
  slaSnoozeAlert,
  ticketEscalate,
  checklistStart,
  checklistAnswer,
  ticketResolve,
  problemCreate,
  problemLink,
  problemUnlink,
  problemUpdate,
  ticketRecordDocumentationTime,
  ticketRate,
  callLog,
] as const;

type AnyMutator = (typeof ALL_MUTATORS)[number];
export type MutationName = AnyMutator['name'];
export type MutationArgs<N extends MutationName> = z.input<Extract<AnyMutator, { name: N }>['args']>;

export const MUTATION_NAMES = ALL_MUTATORS.map((m) => m.name) as [MutationName, ...MutationName[]];
export const MutationNameSchema = z.enum(MUTATION_NAMES);

/** One mutator per name; a second definition is a programming error caught at start-up. */
export function buildMutatorRegistry(mutators: readonly Mutator[]): ReadonlyMap<string, Mutator> {
  const registry = new Map<string, Mutator>();
  for (const m of mutators) {
    if (registry.has(m.name)) throw new Error(`mutator "${m.name}" is defined twice`);
    registry.set(m.name, m);
  }
  return registry;
}

export const MUTATORS = buildMutatorRegistry(ALL_MUTATORS as unknown as readonly Mutator[]);
