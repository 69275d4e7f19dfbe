import { deflateRawSync } from 'node:zlib';
import { ingestEmail, type IngestOutcome } from '../../../../src/server/channels/email/ingest/ingest-email';
import type { EmailTestServer } from './email-test-server';

export function ingest(
  t: EmailTestServer,
  raw: Buffer,
  envelopeFrom: string | null = null,
): Promise<IngestOutcome> {
  return ingestEmail(t.channel.env, raw, { source: 'test', envelopeFrom });
}

/** A small plain message; `headers` are added as given. */
export function plainMail(options: {
  from: string;
  subject: string;
  body: string;
  messageId: string;
  headers?: string[];
}): Buffer {
  return Buffer.from(
    [
      `From: ${options.from}`,
      'To: soporte@mesa.test',
      `Subject: ${options.subject}`,
      `Message-ID: ${options.messageId}`,
      ...(options.headers ?? []),
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      options.body,
      '',
    ].join('\r\n'),
  );
}

/** A zip whose one entry inflates to `inflatedBytes` of zeros: a zip bomb, kilobytes on the wire. */
export function zipBomb(inflatedBytes: number): Buffer {
  const data = deflateRawSync(Buffer.alloc(inflatedBytes), { level: 9 });
  const name = Buffer.from('zeros.bin');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(inflatedBytes, 22);
  local.writeUInt16LE(name.length, 26);
  return Buffer.concat([local, name, data]);
}

export function withAttachment(
  base: { from: string; subject: string; messageId: string },
  file: Buffer,
  filename: string,
  type: string,
): Buffer {
  const b64 = file.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      `From: ${base.from}`,
      'To: soporte@mesa.test',
      `Subject: ${base.subject}`,
      `Message-ID: ${base.messageId}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="zz"',
      '',
      '--zz',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'See attached.',
      '--zz',
      `Content-Type: ${type}; name="${filename}"`,
      `Content-Disposition: attachment; filename="${filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      b64,
      '--zz--',
      '',
    ].join('\r\n'),
  );
}
