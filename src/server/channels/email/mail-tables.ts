import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../db/schema';

// Row shapes of the email channel's tables (migration 20261128T0900-server-mail). They sit beside the
// channel rather than in db/schema.ts, like the workflow tables; `mailDb` widens a handle to see them.

export type MailDirection = 'in' | 'out';

/** What became of a message: the ticket work it did, or why it did none. */
export type MailKind =
  | 'new_ticket'
  | 'reply'
  | 'follow_up'
  | 'auto_reply'
  | 'bounce'
  | 'own_address'
  | 'rate_limited'
  | 'unknown_sender'
  | 'refused'
  | 'notification';

export interface MailMessagesTable {
  id: string;
  direction: MailDirection;
  message_id: string;
  in_reply_to: string | null;
  references_json: string;
  ticket_id: string | null;
  comment_id: string | null;
  outbox_id: string | null;
  kind: MailKind;
  /** `imap:<mailbox>`, `smtp`, or `outbox` for what Mesa sent. */
  source: string;
  from_address: string;
  to_json: string;
  subject: string;
  text_body: string;
  quoted_text: string;
  /** Sanitized HTML (no scripts, handlers, javascript:/data: links, remote images), or null. */
  html_body: string | null;
  size: number;
  details_json: string;
  created_at: string;
}

export interface MailAttachmentsTable {
  id: string;
  mail_message_id: string;
  ticket_id: string | null;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content_id: string | null;
  disposition: 'attachment' | 'inline';
  /** 1 only for raster images that may be shown inline; SVG/HTML and everything else never are. */
  inline_safe: number;
  /** Why the content was not kept (too large, too many), or null when it was. */
  refused_reason: string | null;
  content_b64: string | null;
  created_at: string;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'bounced';

export interface MailOutboxTable {
  id: string;
  message_id: string;
  ticket_id: string | null;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  in_reply_to: string | null;
  references_json: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  /** A sender's lease: another worker (instance) leaves the row alone until then. */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export type ActionPurpose = 'resolution' | 'survey';

export interface MailActionTokensTable {
  id: string;
  ticket_id: string;
  requester_id: string;
  purpose: ActionPurpose;
  expires_at: string;
  used_at: string | null;
  used_action: string | null;
  created_at: string;
}

export interface MailNotificationRulesTable {
  organization_id: string;
  rules_json: string;
  updated_at: string;
}

export interface MailSenderRatesTable {
  address: string;
  window_start: string;
  count: number;
}

export interface MailImapStateTable {
  mailbox_key: string;
  uid_validity: string;
  last_uid: number;
}

export interface MailSettingsTable {
  name: string;
  value: string;
}

export interface MailTables {
  mail_messages: MailMessagesTable;
  mail_attachments: MailAttachmentsTable;
  mail_outbox: MailOutboxTable;
  mail_action_tokens: MailActionTokensTable;
  mail_notification_rules: MailNotificationRulesTable;
  mail_sender_rates: MailSenderRatesTable;
  mail_imap_state: MailImapStateTable;
  mail_settings: MailSettingsTable;
}
export type MailDatabase = ServerDatabase & MailTables;

export function mailDb(db: Kysely<ServerDatabase>): Kysely<MailDatabase> {
  return db as unknown as Kysely<MailDatabase>;
}
