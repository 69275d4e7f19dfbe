/**
 * Fixed-seed inbound mail for channels.email_in: a mix of new requests and replies (threaded by
 * In-Reply-To to earlier messages, or by the subject tag), some HTML (multipart/alternative), some
 * with an attachment, from a few hundred senders in the benchmark's organizations.
 */
import { createPrng } from '../src/shared/demo/prng';

export const BENCH_ORGS = [
  { id: 'org-andina', name: 'Andina', domains: ['andina.test'] },
  { id: 'org-pacifico', name: 'Pacífico', domains: ['pacifico.test'] },
  { id: 'org-sierra', name: 'Sierra', domains: ['sierra.test'] },
];

const SUBJECTS = [
  'La impresora no imprime',
  'No puedo entrar a la VPN',
  'Outlook no sincroniza',
  'Contraseña bloqueada',
  'Excel se cierra solo',
  'Error en el ERP al facturar',
  'Printer jam on floor 3',
  'Cannot access shared drive',
  'Solicitud de acceso al sistema de nómina',
  'Pantalla azul al iniciar',
];
const LINES = [
  'Buenos días, desde esta mañana tengo el problema que indico en el asunto.',
  'Ya reinicié el equipo y sigue igual.',
  'Adjunto una captura del error que aparece.',
  'Is there any update on this? It is blocking the whole team.',
  'Gracias por la ayuda, quedo atento a sus comentarios.',
];

export interface BenchMessage {
  raw: Buffer;
  kind: 'new' | 'reply';
}

function body(prng: ReturnType<typeof createPrng>): string {
  const count = prng.int(2, 6);
  return Array.from({ length: count }, () => prng.pick(LINES)).join('\n\n');
}

function attachmentPart(prng: ReturnType<typeof createPrng>, boundary: string): string {
  const bytes = Buffer.alloc(prng.int(4, 40) * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + bytes.length) & 0xff;
  return [
    `--${boundary}`,
    'Content-Type: application/pdf; name="informe.pdf"',
    'Content-Disposition: attachment; filename="informe.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    bytes.toString('base64').replace(/.{76}/g, '$&\r\n'),
  ].join('\r\n');
}

export function generateBenchMail(seed: number, count: number): BenchMessage[] {
  const prng = createPrng(seed);
  const opened: Array<{ messageId: string; sender: string; domain: string; subject: string }> = [];
  const messages: BenchMessage[] = [];
  for (let i = 0; i < count; i++) {
    const isReply = opened.length > 0 && prng.chance(0.4);
    // A reply comes from whoever opened the thread, to one of the recent ones.
    const thread = isReply ? opened[Math.max(0, opened.length - 1 - prng.int(0, 200))] : null;
    const domain = thread?.domain ?? prng.pick(BENCH_ORGS).domains[0] ?? 'andina.test';
    const sender = thread?.sender ?? `user${prng.int(1, 300)}@${domain}`;
    const messageId = `<bench-${seed}-${i}@${domain}>`;
    const parent = thread?.messageId ?? null;
    const subject = thread ? `Re: ${thread.subject}` : prng.pick(SUBJECTS);
    const text = isReply
      ? `${body(prng)}\n\nEl lun, 30 nov 2026 a las 10:00, Mesa escribió:\n> ${prng.pick(LINES)}`
      : body(prng);
    const html = prng.chance(0.3);
    const attach = prng.chance(0.15);
    const headers = [
      `From: Usuario ${i} <${sender}>`,
      'To: soporte@mesa.test',
      `Subject: ${subject}`,
      `Message-ID: ${messageId}`,
      ...(parent ? [`In-Reply-To: ${parent}`, `References: ${parent}`] : []),
      'MIME-Version: 1.0',
    ];
    const textPart = [
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      text,
    ].join('\r\n');
    const htmlPart = [
      'Content-Type: text/html; charset=UTF-8',
      '',
      `<html><body>${text
        .split('\n\n')
        .map((p) => `<p style="color:#333">${p}</p>`)
        .join('')}<script>x()</script></body></html>`,
    ].join('\r\n');
    let mime: string;
    if (!html && !attach) mime = textPart;
    else {
      const alt = html
        ? [
            'Content-Type: multipart/alternative; boundary="alt"',
            '',
            '--alt',
            textPart,
            '--alt',
            htmlPart,
            '--alt--',
          ].join('\r\n')
        : textPart;
      mime = attach
        ? [
            'Content-Type: multipart/mixed; boundary="mix"',
            '',
            '--mix',
            alt,
            attachmentPart(prng, 'mix'),
            '--mix--',
          ].join('\r\n')
        : alt;
    }
    messages.push({
      raw: Buffer.from(`${headers.join('\r\n')}\r\n${mime}\r\n`),
      kind: thread ? 'reply' : 'new',
    });
    if (!thread) opened.push({ messageId, sender, domain, subject });
  }
  return messages;
}
