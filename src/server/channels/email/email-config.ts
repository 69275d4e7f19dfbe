import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LanguageSchema } from '../../../shared/domain/localized-text';

const MB = 1024 * 1024;

const Address = z.string().trim().toLowerCase().email();

const SecretSchema = z.union([z.string().min(1), z.strictObject({ env: z.string().min(1) })]);

const ImapMailboxSchema = z.strictObject({
  /** Stable name: it keys the UID position, so renaming it re-reads the mailbox (deduplicated by Message-ID). */
  name: z.string().min(1).max(60),
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).default(993),
  /** Implicit TLS (993). With false the client still upgrades with STARTTLS when the server offers it. */
  secure: z.boolean().default(true),
  user: z.string().min(1),
  password: SecretSchema,
  mailbox: z.string().min(1).default('INBOX'),
  /** Processed messages move here (created if missing); null leaves them in place, flagged \Seen. */
  processedMailbox: z.string().min(1).nullable().default(null),
  /** Fallback poll period; IDLE wakes the poller at once where the server supports it. */
  pollSeconds: z.number().int().min(5).max(3600).default(60),
});

const SmtpListenerSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65535).default(2525),
});

const SmtpOutSchema = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535).default(587),
  secure: z.boolean().default(false),
  /** Refuse to send over plaintext when the server does not offer STARTTLS. */
  requireTls: z.boolean().default(true),
  user: z.string().min(1).nullable().default(null),
  password: SecretSchema.nullable().default(null),
});

export const EmailChannelConfigSchema = z.strictObject({
  /** The desk's addresses: what the SMTP listener accepts, and what Mesa never answers (own mail). */
  deskAddresses: z.array(Address).min(1),
  fromAddress: Address,
  fromName: z.string().trim().min(1).max(100).default('Mesa de servicio'),
  /** Right-hand side of the Message-IDs Mesa makes; defaults to the domain of fromAddress. */
  messageIdDomain: z.string().min(1).nullable().default(null),
  /** Base of the links in notifications: `<portalBaseUrl>/actions/<token>`. */
  portalBaseUrl: z.url(),
  /** Organization for senders whose domain no organization claims; null drops such mail (recorded). */
  defaultOrganizationId: z.string().min(1).nullable().default(null),
  defaultLanguage: LanguageSchema.default('es'),
  limits: z
    .strictObject({
      maxMessageBytes: z
        .number()
        .int()
        .positive()
        .default(25 * MB),
      maxAttachmentBytes: z
        .number()
        .int()
        .positive()
        .default(10 * MB),
      maxAttachments: z.number().int().positive().default(50),
      /** Containers (multipart, message/*) a message may nest: bounds MIME bombs. */
      maxMimeDepth: z.number().int().positive().default(12),
      maxMimeParts: z.number().int().positive().default(500),
    })
    .prefault({}),
  rateLimit: z
    .strictObject({
      maxMessages: z.number().int().positive().default(20),
      windowSeconds: z.number().int().positive().default(600),
    })
    .prefault({}),
  allowRemoteImages: z.boolean().default(false),
  imap: z.array(ImapMailboxSchema).default([]),
  smtpListener: SmtpListenerSchema.nullable().default(null),
  smtpOut: SmtpOutSchema.nullable().default(null),
  outbox: z
    .strictObject({
      maxAttempts: z.number().int().positive().default(12),
      baseDelayMs: z.number().int().positive().default(30_000),
      maxDelayMs: z.number().int().positive().default(3_600_000),
      pollMs: z.number().int().positive().default(5_000),
    })
    .prefault({}),
  tokens: z
    .strictObject({
      resolutionTtlHours: z
        .number()
        .positive()
        .default(24 * 14),
      surveyTtlHours: z
        .number()
        .positive()
        .default(24 * 30),
    })
    .prefault({}),
});
export type EmailChannelConfig = z.infer<typeof EmailChannelConfigSchema>;
export type EmailChannelConfigInput = z.input<typeof EmailChannelConfigSchema>;
export type ImapMailboxConfig = EmailChannelConfig['imap'][number];
export type SmtpOutConfig = NonNullable<EmailChannelConfig['smtpOut']>;

export function parseEmailChannelConfig(input: EmailChannelConfigInput): EmailChannelConfig {
  return EmailChannelConfigSchema.parse(input);
}

/** Secrets may be written inline (tests) or, better, named by environment variable. */
export function resolveSecret(
  secret: z.infer<typeof SecretSchema>,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (typeof secret === 'string') return secret;
  const value = env[secret.env];
  if (!value) throw new Error(`environment variable ${secret.env} (a mail password) is not set`);
  return value;
}

/** `MESA_MAIL_CONFIG=/etc/mesa/mail.json` turns the email channel on; unset leaves it off. */
export function loadEmailChannelConfig(env: NodeJS.ProcessEnv = process.env): EmailChannelConfig | null {
  const file = env.MESA_MAIL_CONFIG;
  if (!file) return null;
  return parseEmailChannelConfig(JSON.parse(readFileSync(file, 'utf8')) as EmailChannelConfigInput);
}

export function messageIdDomainOf(config: EmailChannelConfig): string {
  return config.messageIdDomain ?? config.fromAddress.split('@')[1] ?? 'mesa.invalid';
}

/** Every address that is Mesa itself: mail from these is never ticketed nor answered. */
export function ownAddresses(config: EmailChannelConfig): ReadonlySet<string> {
  return new Set([...config.deskAddresses, config.fromAddress]);
}
