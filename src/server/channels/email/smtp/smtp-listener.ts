import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { ingestEmail, type IngestEnvironment } from '../ingest/ingest-email';

/** An SMTP refusal with its reply code (smtp-server sends `responseCode` to the client). */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * Direct delivery into Mesa: an MX (or the organization's mail server) hands mail for the desk's
 * addresses to this listener. It is not a relay: a recipient that is not a desk address is refused
 * at RCPT TO, so nothing entering here ever leaves again. The size limit is announced (EHLO SIZE),
 * checked on MAIL FROM SIZE= and enforced while receiving (the excess is not even buffered). The
 * client gets 250 only after the message is committed: a crash before that makes it retry.
 */
export class SmtpListener {
  private readonly server: SMTPServer;

  constructor(
    private readonly env: IngestEnvironment,
    private readonly log: FastifyBaseLogger,
  ) {
    const desk = new Set(env.config.deskAddresses);
    const maxBytes = env.config.limits.maxMessageBytes;
    this.server = new SMTPServer({
      name: 'mesa',
      banner: 'Mesa service desk',
      size: maxBytes,
      rejectOversized: true,
      // Nobody logs in: only mail addressed to the desk is accepted, from anyone, like an MX.
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      disableReverseLookup: true,
      maxClients: 50,
      maxRecipients: 20,
      socketTimeout: 60_000,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const rcpt = address.address.toLowerCase();
        callback(desk.has(rcpt) ? null : smtpError(550, `5.7.1 <${rcpt}>: relay access denied`));
      },
      onData: (stream, session, callback) => {
        this.receive(stream, session, maxBytes).then(
          () => callback(null, 'Message accepted'),
          (err: unknown) => callback(err instanceof Error ? err : smtpError(451, '4.3.0 temporary failure')),
        );
      },
    });
    this.server.on('error', (err) => this.log.warn({ err }, 'smtp listener: error'));
  }

  private async receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    maxBytes: number,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    }
    if (stream.sizeExceeded || size > maxBytes) throw smtpError(552, '5.3.4 message too large');
    const mailFrom = session.envelope.mailFrom;
    const envelopeFrom = mailFrom === false ? '' : mailFrom.address.toLowerCase();
    try {
      await ingestEmail(this.env, Buffer.concat(chunks), { source: 'smtp', envelopeFrom });
    } catch (err) {
      // The database failed: a temporary refusal makes the sending server retry later.
      this.log.error({ err }, 'smtp listener: ingest failed');
      throw smtpError(451, '4.3.0 temporary failure, try again later');
    }
  }

  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve((this.server.server.address() as AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
