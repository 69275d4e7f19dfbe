import { z } from 'zod';
import { MesaError } from '../../errors';
import { CALL_DIRECTIONS } from '../../telephony/call-model';
import { loggedCallDurations } from '../../telephony/logged-call';
import { defineMutator } from './define-mutator';
import { loadTicket, recordEvent } from './ticket-helpers';

/** A logged call lasts at most a working day; notes are a few paragraphs (the ticket holds the rest). */
export const CALL_MAX_SECONDS = 12 * 3600;
export const CALL_NOTES_MAX = 4000;

const Instant = z.iso.datetime({ offset: true });

export const CallLogArgsSchema = z.strictObject({
  callId: z.string().min(1).max(200),
  ticketId: z.string().min(1).nullable().default(null),
  direction: z.enum(CALL_DIRECTIONS),
  startedAt: Instant,
  answeredAt: Instant.nullable(),
  endedAt: Instant,
  queue: z.string().trim().min(1).max(200).nullable().default(null),
  notes: z.string().trim().max(CALL_NOTES_MAX).nullable().default(null),
});
export type CallLogArgs = z.input<typeof CallLogArgsSchema>;

function assertTimesInOrder(args: z.infer<typeof CallLogArgsSchema>): void {
  const start = Date.parse(args.startedAt);
  const answer = args.answeredAt ? Date.parse(args.answeredAt) : start;
  const end = Date.parse(args.endedAt);
  if (!(start <= answer && answer <= end && end - start <= CALL_MAX_SECONDS * 1000))
    throw new MesaError('call.invalid_times', { callId: args.callId });
}

/**
 * Records a phone call the agent took or made at the desktop (answer and handling times). On the
 * ticket it is one `call_logged` event (only an event, in any status: a call may come after the
 * close); the server also keeps it among the calls the phone figures read (MutationTx.recordCall).
 */
export const callLog = defineMutator({
  name: 'call.log',
  args: CallLogArgsSchema,
  async apply(tx, ctx, args) {
    assertTimesInOrder(args);
    const ticket = args.ticketId ? await loadTicket(tx, args.ticketId) : null;
    const { waitSeconds, talkSeconds } = loggedCallDurations(args);
    if (ticket) {
      await recordEvent(tx, ctx, ticket.id, {
        kind: 'call_logged',
        callId: args.callId,
        direction: args.direction,
        queue: args.queue,
        startedAt: args.startedAt,
        answeredAt: args.answeredAt,
        endedAt: args.endedAt,
        waitSeconds,
        talkSeconds,
        notes: args.notes,
      });
    }
    await tx.recordCall?.({ ...args, agentId: ctx.actorId });
    return { ticketIds: ticket ? [ticket.id] : [] };
  },
});
