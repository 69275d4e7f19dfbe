import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEmailChannelConfig } from '../../../src/server/channels/email/email-config';
import { ImapPoller } from '../../../src/server/channels/email/imap/imap-poller';
import { dialects } from '../../server/helpers/test-dialects';
import { startEmailTestServer, testMailConfig, type EmailTestServer } from './helpers/email-test-server';
import { dovecotBinary, TestDovecot } from './helpers/dovecot';
import { fixture } from './helpers/fixtures';
import { plainMail } from './helpers/ingest-helpers';

const binary = dovecotBinary();
const PASSWORD = 'imap-test-secret';

async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!binary)('IMAP polling against a real Dovecot', () => {
  let dovecot: TestDovecot;

  beforeAll(async () => {
    dovecot = new TestDovecot(
      binary ?? '',
      dialects.map((d) => ({ user: `desk-${d.name}`, password: PASSWORD })),
    );
    await dovecot.start();
  });
  afterAll(() => dovecot?.destroy());

  describe.each(dialects)('on $name', (dialect) => {
    let t: EmailTestServer;
    const user = `desk-${dialect.name}`;
    const mailbox = () => ({
      name: 'desk',
      host: '127.0.0.1',
      port: dovecot.port,
      secure: false,
      user,
      password: PASSWORD,
      mailbox: 'INBOX',
      processedMailbox: 'Procesados',
      // Long on purpose: new mail must arrive through IDLE, not through the fallback poll.
      pollSeconds: 300,
    });

    async function deliver(raw: Buffer): Promise<void> {
      const client = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot.port,
        secure: false,
        auth: { user, pass: PASSWORD },
        logger: false,
      });
      await client.connect();
      await client.append('INBOX', raw);
      await client.logout();
    }

    async function folderCounts(): Promise<{ inbox: number; processed: number }> {
      const client = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot.port,
        secure: false,
        auth: { user, pass: PASSWORD },
        logger: false,
      });
      await client.connect();
      const inbox = await client.status('INBOX', { messages: true });
      const processed = await client.status('Procesados', { messages: true }).catch(() => ({ messages: 0 }));
      await client.logout();
      const count = (s: false | { messages?: number }) => (s ? (s.messages ?? 0) : 0);
      return { inbox: count(inbox), processed: count(processed) };
    }

    /** A fresh poller on the same database, as after a server restart. */
    function restartedPoller(): ImapPoller {
      const config = parseEmailChannelConfig({ ...testMailConfig(), imap: [mailbox()] });
      const poller = new ImapPoller(config.imap[0]!, { ...t.channel.env, config }, t.server.app.log);
      poller.start();
      return poller;
    }

    const incoming = () =>
      t.mail
        .selectFrom('mail_messages')
        .selectAll()
        .where('direction', '=', 'in')
        .orderBy('created_at')
        .execute();

    beforeAll(async () => {
      // Mail waiting before Mesa connects is read on connect.
      await deliver(fixture('new-iso-8859-1.eml'));
      await deliver(fixture('new-utf8-base64.eml'));
      t = await startEmailTestServer(dialect, { imap: [mailbox()] });
    });
    afterAll(() => t?.close());

    it('reads waiting mail on connect, tickets it, and moves it to the processed folder', async () => {
      const rows = await until('two messages', async () =>
        (await incoming()).length >= 2 ? incoming() : null,
      );
      expect(rows.map((r) => [r.kind, r.source])).toEqual([
        ['new_ticket', 'imap:desk'],
        ['new_ticket', 'imap:desk'],
      ]);
      const titles = (await t.db.selectFrom('tickets').select('title').orderBy('title').execute()).map(
        (r) => r.title,
      );
      expect(titles).toEqual([
        'La impresora de recepción no imprime',
        'No puedo conectarme a la VPN — urgente',
      ]);
      expect(
        await until('moved', async () => ((await folderCounts()).processed === 2 ? folderCounts() : null)),
      ).toEqual({
        inbox: 0,
        processed: 2,
      });
    });

    it('picks up new mail through IDLE and records an out-of-office without answering it', async () => {
      await deliver(
        plainMail({
          from: 'ana@acme.test',
          subject: 'Nueva por IDLE',
          body: 'Hola',
          messageId: '<idle@acme.test>',
        }),
      );
      await deliver(fixture('out-of-office.eml', { NUMBER: 'MS-1', MESSAGE_ID: '<none@mesa.test>' }));
      const rows = await until(
        'four messages',
        async () => ((await incoming()).length >= 4 ? incoming() : null),
        10_000,
      );
      expect(rows.slice(2).map((r) => r.kind)).toEqual(['new_ticket', 'auto_reply']);
    });

    it('never reads a message twice: a restarted poller resumes after the last UID', async () => {
      await t.channel.stop();
      const state = await t.mail.selectFrom('mail_imap_state').selectAll().executeTakeFirstOrThrow();
      expect(Number(state.last_uid)).toBe(4);
      // Put a processed message back in the INBOX, as a confused user might: it is a known Message-ID.
      const client = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot.port,
        secure: false,
        auth: { user, pass: PASSWORD },
        logger: false,
      });
      await client.connect();
      const lock = await client.getMailboxLock('Procesados');
      await client.messageCopy('1', 'INBOX');
      lock.release();
      await client.logout();
      const again = restartedPoller();
      await until('the copy to be seen', async () => (await folderCounts()).inbox === 0);
      expect(await incoming()).toHaveLength(4);
      await again.stop();
    });

    it('reconnects with backoff after the IMAP server goes away', async () => {
      const poller = restartedPoller();
      const port = dovecot.port;
      await until('first poll', async () => poller.polls > 0);
      await dovecot.stop();
      await new Promise((r) => setTimeout(r, 300));
      await dovecot.start(port);
      await deliver(
        plainMail({
          from: 'ana@acme.test',
          subject: 'Tras el corte',
          body: 'x',
          messageId: '<after-outage@acme.test>',
        }),
      );
      await until(
        'mail after the outage',
        async () => (await incoming()).some((r) => r.message_id === '<after-outage@acme.test>'),
        20_000,
      );
      await poller.stop();
    });
  });
});
