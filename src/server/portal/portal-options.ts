import path from 'node:path';
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from './portal-attachments';

/** A sign-in link as issued (tests read them here; production mails them through the outbox). */
export interface IssuedLoginLink {
  email: string;
  url: string;
}

export interface PortalOptions {
  /** The built portal (out/portal); null serves the API only. */
  staticDir: string | null;
  /** Public address of the portal, e.g. `https://desk.example.com/portal` (links in mails). */
  publicUrl: string;
  /** Portal session lifetime. */
  sessionTtlMs: number;
  /** One-time sign-in links expire after this. */
  linkTtlMs: number;
  attachments: AttachmentLimits;
  /** Origins allowed to frame the chat widget (`frame-ancestors` of /portal/chat); empty: any. */
  chatEmbedOrigins: readonly string[];
  /** Queues sign-in link mails in the mail outbox (sent when the email channel runs). */
  mailLinks: boolean;
  onLoginLink?: (link: IssuedLoginLink) => void;
}

export const DEFAULT_PORTAL_DIR = path.resolve(import.meta.dirname, '../../../out/portal');

export function portalOptions(overrides: Partial<PortalOptions> = {}): PortalOptions {
  return {
    staticDir: DEFAULT_PORTAL_DIR,
    publicUrl: 'http://127.0.0.1:8787/portal',
    sessionTtlMs: 7 * 24 * 3_600_000,
    linkTtlMs: 15 * 60_000,
    attachments: DEFAULT_ATTACHMENT_LIMITS,
    chatEmbedOrigins: [],
    mailLinks: true,
    ...overrides,
  };
}

/** From the environment: MESA_PORTAL_URL, MESA_PORTAL_DIR, MESA_CHAT_EMBED_ORIGINS (comma-separated). */
export function portalOptionsFromEnv(env: NodeJS.ProcessEnv, fallbackUrl: string): PortalOptions {
  return portalOptions({
    publicUrl: env.MESA_PORTAL_URL ?? `${fallbackUrl}/portal`,
    ...(env.MESA_PORTAL_DIR ? { staticDir: path.resolve(env.MESA_PORTAL_DIR) } : {}),
    chatEmbedOrigins: (env.MESA_CHAT_EMBED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(o)),
  });
}
