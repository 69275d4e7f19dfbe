import { z } from 'zod';
import type { CallEvent } from '../../../shared/telephony/call-model';

/** One call-queue event as a PBX posts it to `POST /api/phone/events`. */
export const PhoneWebhookEventSchema = z.strictObject({
  /** Unique per event: a second delivery of the same id is refused as a replay. */
  id: z.string().min(1).max(200),
  type: z.enum(['queued', 'answered', 'abandoned', 'ended']),
  callId: z.string().min(1).max(200),
  queue: z.string().min(1).max(200),
  /** The answering agent: an Asterisk agent/channel (mapped by the queue map) or a Mesa agent id. */
  agent: z.string().min(1).max(200).nullish(),
  /** ISO-8601 instant with offset, or epoch seconds. */
  at: z.union([z.iso.datetime({ offset: true }), z.number().int().positive()]),
  callerId: z.string().max(200).nullish(),
  /** An explicit ticket (number MS-… or id) the call is about. */
  ticketId: z.string().min(1).max(100).nullish(),
  /** Seconds waited in the queue (answered / abandoned), when the PBX knows them. */
  waitSeconds: z.number().int().nonnegative().max(86_400).nullish(),
  /** Seconds talked (ended). */
  talkSeconds: z.number().int().nonnegative().max(86_400).nullish(),
});
export type PhoneWebhookEvent = z.infer<typeof PhoneWebhookEventSchema>;

export function webhookEventInstant(ev: PhoneWebhookEvent): number {
  return typeof ev.at === 'number' ? ev.at * 1000 : Date.parse(ev.at);
}

/**
 * queued → ENTERQUEUE, answered → CONNECT, abandoned → ABANDON, ended → COMPLETE when the call
 * was answered, else the caller left unanswered in another way (timeout).
 */
export function toCallEvent(ev: PhoneWebhookEvent, answered: boolean): CallEvent {
  const base = { callId: ev.callId, queue: ev.queue, at: webhookEventInstant(ev), agent: ev.agent ?? '' };
  switch (ev.type) {
    case 'queued':
      return { ...base, kind: 'enter', callerId: ev.callerId ?? undefined, url: ev.ticketId ?? undefined };
    case 'answered':
      return { ...base, kind: 'connect', holdSeconds: ev.waitSeconds ?? undefined };
    case 'abandoned':
      return { ...base, kind: 'abandon', waitSeconds: ev.waitSeconds ?? undefined };
    case 'ended':
      return answered
        ? { ...base, kind: 'complete', talkSeconds: ev.talkSeconds ?? undefined }
        : { ...base, kind: 'timeout', waitSeconds: ev.waitSeconds ?? undefined };
  }
}
