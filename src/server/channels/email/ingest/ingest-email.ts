import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId } from '../../../../shared/domain/ids';
import { isMesaError } from '../../../../shared/errors';
import type { ServerDatabase } from '../../../db/schema';
import { ownAddresses } from '../email-config';
import { mailDb } from '../mail-tables';
import { classifyEmail } from '../parse/classify-email';
import { checkMimeLimits } from '../parse/mime-limits';
import { messageIdsIn, parseEmail, singleLine, type ParsedEmail } from '../parse/parse-email';
import { splitReply } from '../parse/reply-text';
import { sanitizeEmailHtml } from '../parse/sanitize-email-html';
import { inChannelTransaction, type ChannelTransaction } from './channel-transaction';
import { handleAutoReply, handleBounce } from './handle-noise-mail';
import { handlePersonMail } from './handle-person-mail';
import type {
  IngestDecision,
  IngestEnvironment,
  IngestOutcome,
  IngestSource,
  IngestStep,
} from './ingest-types';
import { attachmentRows, storeMailMessage } from './store-mail-message';

export type { IngestEnvironment, IngestOutcome, IngestSource } from './ingest-types';

export interface IngestHooks {
  /** Runs inside the ingest transaction (the IMAP poller advances its UID there: read exactly once). */
  inTransaction?: (trx: Kysely<ServerDatabase>) => Promise<void>;
}

/** A message without a Message-ID gets one from its bytes, so the same bytes twice are one message. */
function syntheticMessageId(raw: Buffer): string {
  return `<${createHash('sha256').update(raw).digest('hex').slice(0, 40)}@no-message-id.mesa>`;
}

function peekHeader(raw: Buffer, name: string): string {
  const head =
    raw
      .subarray(0, 64 * 1024)
      .toString('latin1')
      .split(/\r?\n\r?\n/)[0] ?? '';
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return singleLine(match?.[1] ?? '').slice(0, 300);
}

function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : '';
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

async function alreadyStored(tx: ChannelTransaction, messageId: string): Promise<boolean> {
  const row = await mailDb(tx.trx)
    .selectFrom('mail_messages')
    .select('id')
    .where('direction', '=', 'in')
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row !== undefined;
}

async function decide(step: IngestStep, envelopeFrom: string | null): Promise<IngestDecision> {
  const verdict = classifyEmail(step.mail, { ownAddresses: ownAddresses(step.env.config), envelopeFrom });
  switch (verdict.kind) {
    case 'own_address':
      return { kind: 'own_address', ticketId: null, commentId: null, details: { reason: verdict.reason } };
    case 'bounce':
      return handleBounce(step);
    case 'auto_reply':
      return handleAutoReply(step, verdict.reason);
    case 'person':
      return handlePersonMail(step);
  }
}

/**
 * Refused before parsing (too large, too deep, unparsable): recorded from a peek at its headers, so
 * nothing vanishes silently. `size` is the real size when only the headers were fetched (IMAP).
 */
export async function recordRefused(
  env: IngestEnvironment,
  raw: Buffer,
  source: IngestSource,
  reason: string,
  hooks: IngestHooks,
  size = raw.length,
): Promise<IngestOutcome> {
  const messageId = messageIdsIn(peekHeader(raw, 'message-id'))[0] ?? syntheticMessageId(raw);
  return record(env, hooks, messageId, async (tx) => {
    const id = newId();
    await storeMailMessage(
      tx.trx,
      {
        id,
        direction: 'in',
        messageId,
        inReplyTo: null,
        references: [],
        ticketId: null,
        commentId: null,
        kind: 'refused',
        source: source.source,
        from: peekHeader(raw, 'from'),
        to: [],
        subject: peekHeader(raw, 'subject'),
        text: '',
        quoted: '',
        html: null,
        size,
        details: { reason },
      },
      tx.nowIso,
    );
    return { status: 'stored', kind: 'refused', mailMessageId: id, ticketId: null, commentId: null };
  });
}

async function record(
  env: IngestEnvironment,
  hooks: IngestHooks,
  messageId: string,
  work: (tx: ChannelTransaction) => Promise<IngestOutcome>,
): Promise<IngestOutcome> {
  try {
    return await inChannelTransaction(env, async (tx) => {
      await hooks.inTransaction?.(tx.trx);
      if (await alreadyStored(tx, messageId)) return { status: 'duplicate', messageId };
      return work(tx);
    });
  } catch (error) {
    // Two pollers raced on the same message: the other one stored it.
    if (isUniqueViolation(error)) return { status: 'duplicate', messageId };
    throw error;
  }
}

async function storeParsed(
  step: IngestStep,
  raw: Buffer,
  source: IngestSource,
  decision: IngestDecision,
): Promise<IngestOutcome> {
  const { env, tx, mail, messageId } = step;
  const id = newId();
  const { reply, quoted } = splitReply(mail.text);
  const attachments = attachmentRows(mail.attachments, env.config.limits, {
    mailMessageId: id,
    ticketId: decision.ticketId,
    nowIso: tx.nowIso,
  });
  await storeMailMessage(
    tx.trx,
    {
      id,
      direction: 'in',
      messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      ticketId: decision.ticketId,
      commentId: decision.commentId,
      kind: decision.kind,
      source: source.source,
      from: mail.from?.address ?? '',
      to: [...mail.to, ...mail.cc].slice(0, 100),
      subject: mail.subject.slice(0, 1000),
      text: reply,
      quoted,
      html: mail.html === null ? null : sanitizeEmailHtml(mail.html, env.config.allowRemoteImages),
      size: raw.length,
      details: decision.details,
    },
    tx.nowIso,
    attachments,
  );
  return {
    status: 'stored',
    kind: decision.kind,
    mailMessageId: id,
    ticketId: decision.ticketId,
    commentId: decision.commentId,
  };
}

/**
 * The one entry point for incoming mail (IMAP, SMTP listener, benchmark): bound, parse, classify,
 * thread, and write the ticket work and the message record in one transaction. Never throws for bad
 * mail — a message that cannot be handled is recorded as refused; it throws only when the database
 * does (the caller retries: nothing was written).
 */
export async function ingestEmail(
  env: IngestEnvironment,
  raw: Buffer,
  source: IngestSource,
  hooks: IngestHooks = {},
): Promise<IngestOutcome> {
  const violation = checkMimeLimits(raw, env.config.limits);
  if (violation) return recordRefused(env, raw, source, violation, hooks);
  let mail: ParsedEmail;
  try {
    mail = await parseEmail(raw);
  } catch (error) {
    return recordRefused(env, raw, source, `unparsable: ${(error as Error).message.slice(0, 200)}`, hooks);
  }
  const messageId = mail.messageId ?? syntheticMessageId(raw);
  try {
    return await record(env, hooks, messageId, async (tx) => {
      const step: IngestStep = { env, tx, mail, messageId };
      return storeParsed(step, raw, source, await decide(step, source.envelopeFrom));
    });
  } catch (error) {
    // A business rule refused the ticket work (e.g. a reference vanished): keep the mail, do not loop.
    if (isMesaError(error)) return recordRefused(env, raw, source, `rejected: ${error.code}`, hooks);
    throw error;
  }
}
