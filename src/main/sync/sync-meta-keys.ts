/** Keys of this device's sync state in `sync_meta` (small values, read at start-up). */
export const SYNC_META = {
  /** Opaque pull cursor of the full pass; '0' (or absent) means "nothing yet: take a snapshot". */
  cursor: 'sync.cursor',
  /** Cursor of the first pass (own queue and reference data only) of a fresh client. */
  firstPassCursor: 'sync.first_pass_cursor',
  /** 'done' once the first pass finished (the agent can work), then the full pass follows. */
  firstPass: 'sync.first_pass',
  /** The last mutation id the server acknowledged (applied, duplicate or rejected). */
  lastMutationId: 'sync.last_mutation_id',
  /** Every rejection up to this mutation id has been recorded in sync_issues (sent as rejectionsAfter). */
  rejectionsThrough: 'sync.rejections_through',
  /** The install's client id (the device id): the key of this device's mutation queue on the server. */
  clientId: 'device_id',
  serverUrl: 'sync.server_url',
  userId: 'sync.user_id',
  userEmail: 'sync.user_email',
  /** Where the token is: `os-keyring` or `memory` (never the token itself). */
  tokenRef: 'sync.token_ref',
  /** Measured server time minus device time, in ms. */
  serverOffsetMs: 'sync.server_offset_ms',
  lastSyncAt: 'sync.last_sync_at',
  agentId: 'session.agent_id',
} as const;
