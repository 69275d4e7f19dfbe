import type { EmailChannelConfig } from '../email-config';
import type { MailKind } from '../mail-tables';
import type { ParsedEmail } from '../parse/parse-email';
import type { ChannelDatabase, ChannelTransaction } from './channel-transaction';

export interface IngestEnvironment extends ChannelDatabase {
  config: EmailChannelConfig;
}

/** Where a message came from: `imap:<name>` or `smtp`, and the SMTP envelope sender when known. */
export interface IngestSource {
  source: string;
  envelopeFrom: string | null;
}

export type IngestOutcome =
  | {
      status: 'stored';
      kind: MailKind;
      mailMessageId: string;
      ticketId: string | null;
      commentId: string | null;
    }
  | { status: 'duplicate'; messageId: string };

/** What one message's handling decided, before it is recorded. */
export interface IngestDecision {
  kind: MailKind;
  ticketId: string | null;
  commentId: string | null;
  details: Record<string, unknown>;
}

export interface IngestStep {
  env: IngestEnvironment;
  tx: ChannelTransaction;
  mail: ParsedEmail;
  messageId: string;
}
