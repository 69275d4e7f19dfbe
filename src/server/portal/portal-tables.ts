import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';

// Row shapes of the portal's and the chat's tables (migration 20261128T1300-server-portal-chat).
// Like the mail tables they sit beside their module; `portalDb` widens a handle to see them.

export interface PortalLoginLinksTable {
  id: string;
  user_id: string;
  next_path: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface PortalAttachmentsTable {
  id: string;
  ticket_id: string;
  uploaded_by: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content_b64: string;
  created_at: string;
}

export interface PortalOrgSettingsTable {
  organization_id: string;
  /** 1: the organization's requesters see each other's requests (read-only) in the portal. */
  share_tickets: number;
  updated_at: string;
}

export interface ChatSessionsTable {
  id: string;
  status: string;
  visitor_name: string;
  visitor_email: string;
  requester_id: string | null;
  language: string;
  /** `portal` or the embedding page's origin (the widget on an intranet). */
  origin: string;
  /** sha256 of the visitor's resume token (a reload re-attaches to the chat). */
  resume_hash: string;
  agent_id: string | null;
  ticket_id: string | null;
  created_at: string;
  accepted_at: string | null;
  first_response_at: string | null;
  ended_at: string | null;
  ended_by: string | null;
}

export interface ChatMessagesTable {
  id: string;
  chat_id: string;
  author: string;
  agent_id: string | null;
  body: string;
  /** The ticket comment this line became (after conversion), or null. */
  comment_id: string | null;
  created_at: string;
}

export interface PortalTables {
  portal_login_links: PortalLoginLinksTable;
  portal_attachments: PortalAttachmentsTable;
  portal_org_settings: PortalOrgSettingsTable;
  chat_sessions: ChatSessionsTable;
  chat_messages: ChatMessagesTable;
}
export type PortalDatabase = ServerDatabase & PortalTables;

export function portalDb(db: Kysely<ServerDatabase>): Kysely<PortalDatabase> {
  return db as unknown as Kysely<PortalDatabase>;
}
