/** The phone part of the bridge contract ("Log a call"), spread into `apiMethods` (contract.ts). */
import { z } from 'zod';
import { CALL_DIRECTIONS } from '../telephony/call-model';

export const RecentCallSchema = z.object({
  eventId: z.string(),
  callId: z.string(),
  ticketId: z.string(),
  /** MS-… once the server numbered the ticket, else its provisional number. */
  ticketNumber: z.string(),
  ticketTitle: z.string(),
  direction: z.enum(CALL_DIRECTIONS),
  startedAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string(),
  waitSeconds: z.number().int().nonnegative(),
  talkSeconds: z.number().int().nonnegative(),
});
export type RecentCall = z.infer<typeof RecentCallSchema>;

export const phoneApiMethods = {
  /** The calls this agent logged on tickets, newest first. */
  'phone.recentCalls': {
    input: z.strictObject({ limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(RecentCallSchema),
  },
} as const;
