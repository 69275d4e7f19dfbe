import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { actionTokenSecret } from '../notifications/action-tokens';
import { registerNotificationRuleRoutes } from '../notifications/notification-rule-routes';
import { registerPortalActionRoutes } from '../notifications/portal-action-routes';
import { RequesterNotifier } from '../notifications/requester-notifier';
import { OutboxWorker } from '../outbox/outbox-worker';
import { withReportAttachments } from '../../reports/report-mailer';
import { createSmtpSender, type MailSender } from '../outbox/smtp-sender';
import { messageIdDomainOf, type EmailChannelConfig } from './email-config';
import { ImapPoller } from './imap/imap-poller';
import type { IngestEnvironment } from './ingest/ingest-email';
import { registerMailRoutes } from './mail-routes';
import { SmtpListener } from './smtp/smtp-listener';

export interface EmailChannel {
  env: IngestEnvironment;
  notifier: RequesterNotifier;
  outbox: OutboxWorker | null;
  pollers: ImapPoller[];
  /** The SMTP listener's bound port (useful with port 0), or null when it is off. */
  smtpPort: number | null;
  stop(): Promise<void>;
}

export interface EmailChannelOptions {
  /** Replaces the SMTP transport built from `smtpOut` (tests). */
  sender?: MailSender;
}

/**
 * Turns the email channel on for a built app: routes (portal action links, notification rules,
 * mail viewing), the notifier following the change log, the outbox worker, the SMTP listener and
 * the IMAP pollers. Call before the app listens. Stops with the app (onClose) or by `stop()`.
 */
export async function startEmailChannel(
  app: FastifyInstance,
  ctx: AppContext,
  config: EmailChannelConfig,
  options: EmailChannelOptions = {},
): Promise<EmailChannel> {
  const { db, dialect } = ctx.database;
  const env: IngestEnvironment = {
    db,
    dialect,
    now: ctx.now,
    priorityMatrix: ctx.priorityMatrix,
    onCommitted: (seq) => ctx.feed.committed(seq),
    config,
  };
  const secret = await actionTokenSecret(db);
  registerPortalActionRoutes(app, env, secret);
  registerNotificationRuleRoutes(app, ctx);
  registerMailRoutes(app, ctx);

  const sender =
    options.sender ??
    (config.smtpOut ? createSmtpSender(config.smtpOut, config, messageIdDomainOf(config)) : null);
  const outbox = sender
    ? new OutboxWorker({
        db,
        // Monthly KPI reports ride the same outbox with their PDF/CSV attached (docs/kpis.md).
        sender: withReportAttachments(sender, db),
        policy: config.outbox,
        fromAddress: config.fromAddress,
        now: ctx.now,
        log: app.log,
      })
    : null;
  const notifier = new RequesterNotifier({
    db,
    dialect,
    config,
    secret,
    now: ctx.now,
    log: app.log,
    onQueued: () => outbox?.wake(),
  });
  // Every commit anywhere (this instance, a desktop's push, another instance via the relay) wakes it.
  const unsubscribe = ctx.feed.subscribe(() => notifier.wake());
  notifier.wake();
  outbox?.start();

  const listener = config.smtpListener ? new SmtpListener(env, app.log) : null;
  const smtpPort =
    listener && config.smtpListener
      ? await listener.listen(config.smtpListener.port, config.smtpListener.host)
      : null;
  const pollers = config.imap.map((mailbox) => new ImapPoller(mailbox, env, app.log));
  for (const poller of pollers) poller.start();

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      unsubscribe();
      await Promise.all(pollers.map((p) => p.stop()));
      await listener?.close();
      await notifier.stop();
      await outbox?.stop();
    })());
  app.addHook('onClose', stop);
  return { env, notifier, outbox, pollers, smtpPort, stop };
}
