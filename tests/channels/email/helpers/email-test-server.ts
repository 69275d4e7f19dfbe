import type { Kysely } from 'kysely';
import type { AppOptions } from '../../../../src/server/app';
import type { ServerDatabase } from '../../../../src/server/db/schema';
import { startEmailChannel, type EmailChannel } from '../../../../src/server/channels/email/email-channel';
import {
  parseEmailChannelConfig,
  type EmailChannelConfigInput,
} from '../../../../src/server/channels/email/email-config';
import { mailDb } from '../../../../src/server/channels/email/mail-tables';
import type { TestDialect } from '../../../server/helpers/test-dialects';
import { startTestServer } from '../../../server/helpers/test-server';
import { CaptureSmtp } from './capture-smtp';

export const DESK = 'soporte@mesa.test';

export function testMailConfig(overrides: Partial<EmailChannelConfigInput> = {}) {
  return parseEmailChannelConfig({
    deskAddresses: [DESK],
    fromAddress: DESK,
    fromName: 'Mesa de servicio',
    portalBaseUrl: 'https://portal.mesa.test',
    defaultOrganizationId: null,
    outbox: { baseDelayMs: 50, maxDelayMs: 200, pollMs: 50, maxAttempts: 12 },
    ...overrides,
  });
}

export interface EmailTestServer {
  server: Awaited<ReturnType<typeof startTestServer>>;
  channel: EmailChannel;
  smtp: CaptureSmtp;
  db: Kysely<ServerDatabase>;
  mail: ReturnType<typeof mailDb>;
  close(): Promise<void>;
}

/** A migrated test server with fixtures, the email channel on, and a capturing SMTP server for its mail. */
export async function startEmailTestServer(
  dialect: TestDialect,
  config: Partial<EmailChannelConfigInput> = {},
  appOptions: Partial<AppOptions> = {},
): Promise<EmailTestServer> {
  const smtp = new CaptureSmtp();
  await smtp.start();
  const server = await startTestServer(dialect, appOptions);
  const channel = await startEmailChannel(
    server.app,
    server.context,
    testMailConfig({ smtpOut: { host: '127.0.0.1', port: smtp.port, requireTls: false }, ...config }),
  );
  const db = server.database.db;
  return {
    server,
    channel,
    smtp,
    db,
    mail: mailDb(db),
    async close() {
      await server.close();
      await smtp.stop();
    },
  };
}

/** Waits for the notifier and the outbox to have nothing left to do. */
export async function settle(channel: EmailChannel): Promise<void> {
  for (let i = 0; i < 3; i++) {
    channel.notifier.wake();
    await channel.notifier.idle();
    channel.outbox?.wake();
    await channel.outbox?.idle();
  }
}
