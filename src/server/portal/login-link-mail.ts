import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { portalEn } from '../../shared/i18n/portal-catalog-en';
import { portalEs } from '../../shared/i18n/portal-catalog-es';
import type { AppContext } from '../app-context';
import { createUser, findUserByEmail } from '../auth/user-accounts';
import { enqueueMail } from '../channels/outbox/enqueue-mail';
import { findRequesterByEmail } from '../channels/email/ingest/resolve-requester';
import { issueLoginLink } from './login-links';
import type { PortalOptions } from './portal-options';

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? '');

/**
 * Issues a one-time sign-in link for a known requester and sends it: queued in the mail outbox (sent
 * by the email channel's worker, retried across SMTP outages) and handed to `onLoginLink` (tests).
 * A requester without an account gets one on the spot (role requester, a random password nobody
 * knows: they sign in by link until they set one). Unknown addresses get nothing, silently.
 */
export async function sendLoginLink(
  ctx: AppContext,
  options: PortalOptions,
  secret: Buffer,
  email: string,
  nextPath: string,
  log: FastifyBaseLogger,
): Promise<void> {
  const { db } = ctx.database;
  let user = await findUserByEmail(db, email);
  const requester = await findRequesterByEmail(db, email);
  if (!user && requester) {
    await createUser(
      db,
      { email, password: randomBytes(32).toString('base64url'), role: 'requester', requesterId: requester.id },
      ctx.passwordCost,
    );
    user = await findUserByEmail(db, email);
  }
  if (!user || user.disabled !== 0 || user.role !== 'requester' || !user.requester_id) {
    log.info('portal: sign-in link asked for an address without a requester account');
    return;
  }
  const token = await issueLoginLink(db, secret, {
    userId: user.id,
    nextPath,
    ttlMs: options.linkTtlMs,
    nowMs: ctx.now(),
  });
  const url = `${options.publicUrl.replace(/\/+$/, '')}/link#${token}`;
  if (options.mailLinks) {
    const texts = (requester?.language === 'en' ? portalEn : portalEs).portal.mail;
    await enqueueMail(
      db,
      {
        ticketId: null,
        kind: 'portal_login_link',
        to: user.email,
        subject: texts.linkSubject,
        text: fill(texts.linkBody, { name: requester?.name ?? user.email, url }),
        html: null,
        inReplyTo: null,
        references: [],
      },
      { messageIdDomain: new URL(options.publicUrl).hostname, nowIso: new Date(ctx.now()).toISOString() },
    );
  }
  options.onLoginLink?.({ email: user.email, url });
}
