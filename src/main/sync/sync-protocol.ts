import { z } from 'zod';

// The server's answers (docs/sync.md), checked before anything touches the local store: a server
// of another version or a proxy's error page must fail loudly, not write garbage.

const ErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const FieldErrorSchema = z.object({ path: z.string(), code: z.string(), params: ErrorParamsSchema });

export const ServerErrorBodySchema = z.object({
  code: z.string(),
  params: ErrorParamsSchema.default({}),
  fieldErrors: z.array(FieldErrorSchema).default([]),
});
export type ServerErrorBody = z.infer<typeof ServerErrorBodySchema>;

export const LoginResponseSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.string().optional(),
  user: z.object({
    id: z.string(),
    email: z.string(),
    role: z.string(),
    agentId: z.string().nullable(),
    requesterId: z.string().nullable().optional(),
  }),
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

export const SYNCED_TABLES = [
  'organizations',
  'areas',
  'requesters',
  'groups',
  'agents',
  'categories',
  'tickets',
  'comments',
  'ticket_events',
  'checklist_templates',
  'resolution_codes',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export const SyncChangeSchema = z.object({
  seq: z.number(),
  table: z.enum(SYNCED_TABLES),
  pk: z.string(),
  op: z.enum(['upsert', 'delete']),
  row: z.record(z.string(), z.unknown()).nullable(),
  visible: z.boolean(),
});
export type SyncChange = z.infer<typeof SyncChangeSchema>;

export const SyncRejectionSchema = z.object({
  mutationId: z.number().int(),
  name: z.string(),
  code: z.string(),
  params: ErrorParamsSchema,
  fieldErrors: z.array(FieldErrorSchema).default([]),
  at: z.string(),
});
export type SyncRejection = z.infer<typeof SyncRejectionSchema>;

/** Compact snapshot blocks (src/shared/sync/snapshot-columns.ts); rows are checked as they are written. */
export const SnapshotBlockSchema = z.object({
  table: z.enum(['tickets', 'comments', 'ticket_events']),
  columns: z.array(z.string()),
  rows: z.array(z.unknown()),
});

export const PullResponseSchema = z.object({
  changes: z.array(SyncChangeSchema),
  snapshot: z.array(SnapshotBlockSchema).optional(),
  cursor: z.string(),
  hasMore: z.boolean(),
  /** Every mutation up to it is acknowledged AND its rows are in this page or earlier ones. */
  lastMutationId: z.number().int(),
  rejections: z.array(SyncRejectionSchema),
  /** Every rejection up to this id is in this answer or was asked to be skipped (older servers: absent). */
  rejectionsThrough: z.number().int().optional(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const PushResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.number().int(), status: z.literal('applied'), ticketIds: z.array(z.string()).optional() }),
  z.object({ id: z.number().int(), status: z.literal('duplicate') }),
  z.object({ id: z.number().int(), status: z.literal('rejected'), error: ServerErrorBodySchema }),
]);
export const PushResponseSchema = z.object({
  lastMutationId: z.number().int(),
  results: z.array(PushResultSchema),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export interface PushedMutation {
  id: number;
  name: string;
  args: unknown;
  clientTime: string;
  offline: boolean;
}

/** The server takes at most this many mutations per push (src/server/sync/push/push-schema.ts). */
export const MAX_PUSH_BATCH = 100;
