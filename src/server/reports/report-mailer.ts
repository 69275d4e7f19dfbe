/**
 * Report mails go through the email channel's durable outbox (one row per recipient, retried with
 * backoff across SMTP outages); their PDF and CSV travel in `report_mail_attachments`, keyed by the
 * outbox row's Message-ID, and are added at send time by `withReportAttachments`.
 */
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { enqueueMail } from '../channels/outbox/enqueue-mail';
import type { MailSender, OutgoingEnvelope } from '../channels/outbox/smtp-sender';
import type { GeneratedReport } from './generate-report';
import { reportFileBase } from './generate-report';
import { fill, reportTexts } from '../../shared/reports/report-texts';
import { reportsDb } from './report-tables';

export async function enqueueReportMails(
  trx: Kysely<ServerDatabase>,
  report: GeneratedReport,
  recipients: readonly string[],
  scopeName: string,
  options: { messageIdDomain: string; nowIso: string },
): Promise<string[]> {
  const t = reportTexts(report.document.language);
  const month = report.document.period.from.slice(0, 7);
  const base = reportFileBase(report.document);
  const ids: string[] = [];
  for (const to of recipients) {
    const { id, messageId } = await enqueueMail(
      trx,
      {
        ticketId: null,
        kind: 'kpi_report',
        to,
        subject: fill(t.mailSubject, { month, scope: scopeName }),
        text: fill(t.mailBody, { month, scope: scopeName }),
        html: null,
        inReplyTo: null,
        references: [],
      },
      options,
    );
    await reportsDb(trx)
      .insertInto('report_mail_attachments')
      .values([
        { message_id: messageId, position: 0, filename: `${base}.pdf`, content_type: 'application/pdf', content_b64: report.pdf.toString('base64') },
        { message_id: messageId, position: 1, filename: `${base}.csv`, content_type: 'text/csv; charset=utf-8', content_b64: Buffer.from(report.csv, 'utf8').toString('base64') },
      ])
      .execute();
    ids.push(id);
  }
  return ids;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Wraps the outbox's sender: mails that have report attachments get them, every other mail passes as is. */
export function withReportAttachments(
  sender: MailSender,
  db: Kysely<ServerDatabase>,
): MailSender {
  return {
    async send(mail: OutgoingEnvelope) {
      const rows = await reportsDb(db)
        .selectFrom('report_mail_attachments')
        .selectAll()
        .where('message_id', '=', mail.messageId)
        .orderBy('position')
        .execute();
      if (rows.length === 0) return sender.send(mail);
      const attachments: MailAttachment[] = rows.map((r) => ({
        filename: r.filename,
        contentType: r.content_type,
        content: Buffer.from(r.content_b64, 'base64'),
      }));
      return sender.send({ ...mail, attachments });
    },
    close: () => sender.close(),
  };
}
