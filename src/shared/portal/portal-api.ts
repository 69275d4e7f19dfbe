/**
 * The requester portal's HTTP API shapes (src/server/portal ↔ src/portal). Answers are plain JSON;
 * errors have the one Mesa body `{ code, params, fieldErrors }`.
 */
import type { Language } from '../domain/localized-text';
import type { Channel, TicketStatus, TicketType } from '../domain/ticket-enums';

export interface PortalMe {
  userId: string;
  requesterId: string;
  name: string;
  email: string;
  language: Language;
  organizationId: string;
  organizationName: string;
  /** The organization lets its requesters see each other's requests (read-only). */
  organizationVisible: boolean;
  /** Send as `x-mesa-csrf` with every POST. */
  csrfToken: string;
}

export interface PortalCategory {
  id: string;
  parentId: string | null;
  name: { es: string; en: string };
  depth: number;
  defaultType: TicketType | null;
}

export interface PortalTicketSummary {
  id: string;
  number: string;
  title: string;
  status: TicketStatus;
  channel: Channel;
  createdAt: string;
  updatedAt: string;
  /** The signed-in requester's own request (else an organization colleague's, read-only). */
  mine: boolean;
  requesterName: string;
}

export type PortalHistoryItem =
  | {
      kind: 'comment';
      id: string;
      at: string;
      author: 'you' | 'desk' | 'requester';
      authorName: string;
      body: string;
    }
  | { kind: 'event'; id: string; at: string; event: string; params: Record<string, string | number> };

export interface PortalAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export interface PortalTicketDetail extends PortalTicketSummary {
  type: TicketType;
  description: string;
  categoryName: { es: string; en: string } | null;
  history: PortalHistoryItem[];
  attachments: PortalAttachment[];
  rating: { score: number; comment: string | null } | null;
  canReply: boolean;
  canConfirm: boolean;
  canRate: boolean;
}

export interface PortalCreateInput {
  type: 'incident' | 'request';
  title: string;
  description: string;
  categoryId: string | null;
  attachments: Array<{ name: string; contentBase64: string }>;
}

export const PORTAL_ATTACHMENT_LIMITS = { maxFiles: 5, maxBytes: 5 * 1024 * 1024 } as const;
export const PORTAL_ACCEPTED_EXTENSIONS = [
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.pdf',
  '.docx',
  '.xlsx',
  '.txt',
  '.log',
  '.csv',
] as const;
