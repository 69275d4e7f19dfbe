import { z } from 'zod';

export const TICKET_TYPES = ['incident', 'request', 'problem'] as const;
export const TicketTypeSchema = z.enum(TICKET_TYPES);
export type TicketType = z.infer<typeof TicketTypeSchema>;

export const CHANNELS = ['email', 'chat', 'phone', 'portal', 'walk_in'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const TICKET_STATUSES = [
  'new',
  'in_progress',
  'pending_requester',
  'pending_third_party',
  'resolved',
  'closed',
  'cancelled',
] as const;
export const TicketStatusSchema = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

/** Statuses in which a ticket still needs the desk's work (the "open" queues). */
export const OPEN_STATUSES: readonly TicketStatus[] = [
  'new',
  'in_progress',
  'pending_requester',
  'pending_third_party',
];

export const LEVELS = ['N1', 'N2', 'N3'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const IMPACTS = ['high', 'medium', 'low'] as const;
export const ImpactSchema = z.enum(IMPACTS);
export type Impact = z.infer<typeof ImpactSchema>;

export const URGENCIES = ['high', 'medium', 'low'] as const;
export const UrgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof UrgencySchema>;

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

export const COMMENT_VISIBILITIES = ['public', 'internal'] as const;
export const CommentVisibilitySchema = z.enum(COMMENT_VISIBILITIES);
export type CommentVisibility = z.infer<typeof CommentVisibilitySchema>;
