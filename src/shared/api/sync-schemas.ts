import { z } from 'zod';

const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const SyncProgressSchema = z.object({
  /** first_pass: own queue and reference data; snapshot: everything else; catch_up: changes since. */
  phase: z.enum(['pushing', 'first_pass', 'snapshot', 'catch_up']),
  pages: z.number().int(),
  rows: z.number().int(),
  /** 0–1 when it can be known (catch-up against the server's seq), null while a snapshot pages. */
  fraction: z.number().min(0).max(1).nullable(),
});
export type SyncProgress = z.infer<typeof SyncProgressSchema>;

export const SyncStatusSchema = z.object({
  /** local: no server configured (the workstation works alone, as before sync existed). */
  mode: z.enum(['local', 'server']),
  signedIn: z.boolean(),
  serverUrl: z.string().nullable(),
  userEmail: z.string().nullable(),
  connection: z.enum(['online', 'offline', 'connecting']),
  /** Mutations waiting for the server (conflicts included). */
  pending: z.number().int(),
  conflicts: z.number().int(),
  /** Rejections not yet dismissed or re-applied. */
  rejected: z.number().int(),
  lastSyncAt: z.string().nullable(),
  progress: SyncProgressSchema.nullable(),
  lastError: z.object({ code: z.string(), params: ParamsSchema }).nullable(),
  /** False when the OS offers no keyring: the session is kept in memory only, and the UI says so. */
  tokenStored: z.boolean(),
  /** True once the agent's own queue and the reference data are here (the workstation can start). */
  ready: z.boolean(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const SyncIssueSchema = z.object({
  kind: z.enum(['pending', 'conflict', 'rejected']),
  mutationId: z.number().int(),
  name: z.string(),
  ticketId: z.string().nullable(),
  /** MS-… or the provisional number, when the ticket is in the local copy. */
  ticketLabel: z.string().nullable(),
  code: z.string().nullable(),
  params: ParamsSchema,
  at: z.string(),
  /** A version mismatch can be re-applied with one click on the current version. */
  canReapply: z.boolean(),
});
export type SyncIssue = z.infer<typeof SyncIssueSchema>;

export const SyncLoginInputSchema = z.strictObject({
  serverUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});
