import nodemailer from 'nodemailer';
import type { EmailChannelConfig, SmtpOutConfig } from '../email/email-config';
import { resolveSecret } from '../email/email-config';
import { LOOP_HEADER } from '../email/parse/classify-email';
import { assertHeaderSafe } from './header-safety';

export interface OutgoingEnvelope {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Files sent with the mail (the monthly KPI reports, src/server/reports/report-mailer.ts). */
  attachments?: Array<{ filename: string; contentType: string; content: Buffer }>;
}

/** Sends one mail or throws (nodemailer errors carry `responseCode` for SMTP refusals). */
export interface MailSender {
  send(mail: OutgoingEnvelope): Promise<void>;
  close(): void;
}

export function createSmtpSender(
  smtp: SmtpOutConfig,
  config: EmailChannelConfig,
  loopDomain: string,
): MailSender {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    requireTLS: !smtp.secure && smtp.requireTls,
    ignoreTLS: !smtp.secure && !smtp.requireTls,
    auth: smtp.user && smtp.password ? { user: smtp.user, pass: resolveSecret(smtp.password) } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  assertHeaderSafe('fromName', config.fromName);
  return {
    async send(mail) {
      await transport.sendMail({
        from: { name: config.fromName, address: config.fromAddress },
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
        inReplyTo: mail.inReplyTo ?? undefined,
        references: mail.references.length > 0 ? mail.references : undefined,
        attachments: mail.attachments,
        headers: {
          // RFC 3834: autoresponders must not answer; Exchange honours its own suppression header.
          'Auto-Submitted': 'auto-generated',
          'X-Auto-Response-Suppress': 'All',
          [LOOP_HEADER]: loopDomain,
        },
        disableFileAccess: true,
        disableUrlAccess: true,
      });
    },
    close: () => transport.close(),
  };
}
