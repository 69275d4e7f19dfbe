/**
 * The desk's half of the email channel: the `mail.*` bridge handlers in main, against a real server
 * started in-process and listening on a port (the handlers go through the same HTTP path as reports).
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerRegistry, type HandlerRegistry } from '../../../src/main/api/handler-registry';
import { registerMailHandlers } from '../../../src/main/api/handlers/mail-handlers';
import type { ServerAccess } from '../../../src/main/dashboard/server-reports-client';
import type { StoreHandle } from '../../../src/main/store/open-database';
import { createMemoryTokenVault } from '../../../src/main/sync/token-vault';
import { createMemoryStore } from '../../helpers/store-fixture';
import { dialects } from '../../server/helpers/test-dialects';
import { login } from '../../server/helpers/test-server';
import { startEmailTestServer, type EmailTestServer } from './helpers/email-test-server';
import { fixture } from './helpers/fixtures';
import { ingest } from './helpers/ingest-helpers';

const sqlite = dialects[0];
if (!sqlite) throw new Error('no test dialect');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read untyped bridge results
type Result = { ok: boolean; value?: any; error?: any };

describe('desk mail handlers against a real server', () => {
  let t: EmailTestServer;
  let store: StoreHandle;
  let access: ServerAccess;
  let registry: HandlerRegistry;
  const call = (method: string, input: unknown, r: HandlerRegistry = registry) =>
    r.dispatch(method, input, { transport: 'test' }) as Promise<Result>;
  const ticketOf = async (messageId: string) =>
    (await t.mail.selectFrom('mail_messages').select('ticket_id').where('message_id', '=', messageId).executeTakeFirstOrThrow())
      .ticket_id ?? '';

  beforeAll(async () => {
    t = await startEmailTestServer(sqlite);
    await t.server.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.server.app.server.address() as AddressInfo;
    store = await createMemoryStore();
    const vault = createMemoryTokenVault();
    await vault.save(await login(t.server.app, 'sofia'));
    access = { vault, serverUrl: `http://127.0.0.1:${port}` };
    registry = createHandlerRegistry({ validateOutput: true });
    registerMailHandlers(registry, { db: store.db, serverAccess: access });
    await ingest(t, fixture('hostile-html.eml'));
    await ingest(t, fixture('inline-image.eml'));
  });
  afterAll(async () => {
    await store.close();
    await t.close();
  });

  it('lists a ticket mail with sender, recipients, HTML flag and attachments', async () => {
    const listed = await call('mail.forTicket', { ticketId: await ticketOf('<hostile@globex.test>') });
    expect(listed.ok).toBe(true);
    expect(listed.value).toHaveLength(1);
    const [message] = listed.value;
    expect(message).toMatchObject({ direction: 'in', subject: 'Click here', hasHtml: true, to: ['soporte@mesa.test'] });
    expect(message.from).toContain('bob@globex.test');
    expect(message.attachments.map((a: { name: string }) => a.name).sort()).toEqual(['logo.svg', 'page.html']);
  });

  it('hands over hostile HTML with no script and no javascript:', async () => {
    const [message] = (await call('mail.forTicket', { ticketId: await ticketOf('<hostile@globex.test>') })).value;
    const html = await call('mail.html', { messageId: message.id });
    expect(html.ok).toBe(true);
    expect(html.value).toContain('fine link');
    expect(html.value).not.toMatch(/<script|javascript:|onload=|onclick=|<iframe|<form/i);
  });

  it('keeps SVG and HTML attachments opaque downloads', async () => {
    const [message] = (await call('mail.forTicket', { ticketId: await ticketOf('<hostile@globex.test>') })).value;
    for (const attachment of message.attachments) {
      const file = await call('mail.attachment', { attachmentId: attachment.id });
      expect(file.ok).toBe(true);
      expect(file.value).toMatchObject({ name: attachment.name, type: 'application/octet-stream' });
      expect(Buffer.from(file.value.base64, 'base64').length).toBe(file.value.size);
    }
  });

  it('turns inline cid images into data: URLs of a raster type', async () => {
    const [message] = (await call('mail.forTicket', { ticketId: await ticketOf('<inline-image@acme.test>') })).value;
    const html = await call('mail.html', { messageId: message.id });
    expect(html.value).toMatch(/src="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    expect(html.value).not.toContain('/api/mail/attachments/');
    const [image] = message.attachments;
    expect((await call('mail.attachment', { attachmentId: image.id })).value.type).toBe('image/png');
  });

  it('answers sync.unreachable offline and sync.not_configured local-only', async () => {
    const offline = createHandlerRegistry();
    registerMailHandlers(offline, {
      db: store.db,
      serverAccess: { ...access, fetch: () => Promise.reject(new TypeError('fetch failed: offline')) },
    });
    expect((await call('mail.forTicket', { ticketId: 'x' }, offline)).error.code).toBe('sync.unreachable');
    const local = createHandlerRegistry();
    registerMailHandlers(local, { db: store.db, serverAccess: null });
    expect((await call('mail.html', { messageId: 'x' }, local)).error.code).toBe('sync.not_configured');
  });

  it('does not show mail of a ticket the server says is not there', async () => {
    const res = await call('mail.forTicket', { ticketId: 'no-such-ticket' });
    expect(res.ok).toBe(false);
  });
});
