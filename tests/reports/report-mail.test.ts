import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEmailChannelConfig } from '../../src/server/channels/email/email-config';
import { OutboxWorker } from '../../src/server/channels/outbox/outbox-worker';
import { createSmtpSender } from '../../src/server/channels/outbox/smtp-sender';
import { withReportAttachments } from '../../src/server/reports/report-mailer';
import { ReportScheduler } from '../../src/server/reports/report-scheduler';
import { saveReportSubscription } from '../../src/server/reports/report-subscriptions';
import { readDeliveries } from '../../src/server/reports/report-deliveries';
import { dialects } from '../server/helpers/test-dialects';
import { CaptureSmtp } from '../channels/email/helpers/capture-smtp';
import { DESK_TZ, startReportDesk, type ReportDesk } from './helpers/report-desk';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined } as never;

describe('monthly report job', () => {
  it('is due from the first business day of the month at 06:00 local, for the month before', () => {
    let now = 0;
    const s = new ReportScheduler({ db: null as never, now: () => now, timeZone: DESK_TZ, messageIdDomain: 'x', holidays: ['2027-01-01'] });
    const at = (iso: string) => ((now = Date.parse(iso)), s.dueMonth());
    expect(at('2026-12-01T10:59:00Z')).toBeNull(); // 05:59 in Lima, Tuesday 1st
    expect(at('2026-12-01T11:00:00Z')).toBe('2026-11');
    expect(at('2026-08-01T15:00:00Z')).toBeNull(); // Saturday 1st
    expect(at('2026-08-03T12:00:00Z')).toBe('2026-07'); // Monday 3rd
    expect(at('2027-01-01T15:00:00Z')).toBeNull(); // holiday
    expect(at('2027-01-04T15:00:00Z')).toBe('2026-12');
    expect(at('2026-12-20T15:00:00Z')).toBe('2026-11'); // later in the month: catch-up for a server that was down
  });
});

describe.each(dialects.slice(0, 1))('scheduled delivery on $name', (dialect) => {
  let desk: ReportDesk;
  const smtp = new CaptureSmtp();
  beforeAll(async () => {
    desk = await startReportDesk(dialect);
    await smtp.start();
    await smtp.stop(); // down when the job runs: the outbox must retry
  }, 120_000);
  afterAll(async () => {
    await smtp.stop();
    await desk.close();
  });

  it('queues each recipient once, retries a failing SMTP and delivers valid PDF and CSV attachments', async () => {
    const db = desk.server.database.db;
    const nowIso = new Date(desk.clock.now).toISOString();
    await saveReportSubscription(db, { id: 'sub-acme', organizationId: 'org-acme', recipients: ['ceo@acme.test', 'it@acme.test'], language: 'es', indicators: ['tickets.opened', 'sla.compliance', 'first_contact_resolution.rate'] }, nowIso);
    await saveReportSubscription(db, { id: 'sub-desk', organizationId: null, recipients: ['boss@mesa.test'], language: 'en' }, nowIso);
    desk.clock.now = Date.parse('2026-12-01T05:00:00Z'); // midnight in Lima: not yet
    const options = { db, now: () => desk.clock.now, timeZone: DESK_TZ, messageIdDomain: 'mesa.test', log: silent };
    const scheduler = new ReportScheduler(options);
    expect(await scheduler.tick()).toEqual([]);
    desk.clock.now = Date.parse('2026-12-01T13:00:00Z');
    const first = await scheduler.tick();
    expect(first.map((o) => [o.subscriptionId, o.status, o.outboxIds.length])).toEqual([
      ['sub-acme', 'queued', 2],
      ['sub-desk', 'queued', 1],
    ]);
    // Idempotent: the same process, and a restarted one, find the month served.
    expect((await scheduler.tick()).map((o) => o.status)).toEqual(['skipped', 'skipped']);
    expect((await new ReportScheduler(options).tick()).map((o) => o.status)).toEqual(['skipped', 'skipped']);

    const config = parseEmailChannelConfig({
      deskAddresses: ['mesa@mesa.test'],
      fromAddress: 'mesa@mesa.test',
      portalBaseUrl: 'http://127.0.0.1/portal',
      smtpOut: { host: '127.0.0.1', port: smtp.port, secure: false, requireTls: false },
      outbox: { baseDelayMs: 60_000, maxDelayMs: 60_000, maxAttempts: 5, pollMs: 60_000 },
    });
    const worker = new OutboxWorker({
      db,
      sender: withReportAttachments(createSmtpSender(config.smtpOut!, config, 'mesa.test'), db),
      policy: config.outbox,
      fromAddress: config.fromAddress,
      now: () => desk.clock.now,
      log: silent,
    });
    expect(await worker.drainOnce()).toBe(3);
    const failing = await readDeliveries(db);
    expect(failing.find((d) => d.subscriptionId === 'sub-acme')).toMatchObject({ mails: 2, sent: 0, failed: 2 });
    expect(failing[0]?.lastError).toBeTruthy();

    await smtp.start(smtp.port);
    desk.clock.now += 2 * 60_000;
    expect(await worker.drainOnce()).toBe(3);
    const mails = await smtp.waitFor(3);
    await worker.stop();
    const acme = mails.find((m) => m.to && JSON.stringify(m.to).includes('ceo@acme.test'))!;
    expect(acme.subject).toBe('Informe de indicadores 2026-11 — Organización: Acme');
    const [pdf, csv] = acme.attachments;
    expect(pdf?.filename).toBe('kpi-2026-11-org-acme-es.pdf');
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(csv?.filename).toBe('kpi-2026-11-org-acme-es.csv');
    const lines = csv!.content.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const kpiLines = lines.filter((l) => l.startsWith('kpi,'));
    expect(kpiLines.map((l) => l.split(',')[1])).toEqual(['tickets.opened', 'first_contact_resolution.rate', 'sla.compliance']);
    expect(kpiLines[0]!.split(',')[3]).toBe(String(desk.ticketIds.acme.length));
    const boss = mails.find((m) => JSON.stringify(m.to).includes('boss@mesa.test'))!;
    expect(boss.subject).toBe('KPI report 2026-11 — Whole service desk');
    expect(boss.attachments.map((a) => a.filename)).toEqual(['kpi-2026-11-mesa-en.pdf', 'kpi-2026-11-mesa-en.csv']);
    expect((await readDeliveries(db)).every((d) => d.sent === d.mails && d.failed === 0)).toBe(true);

    // A past month regenerated on demand (supervisors): sent again.
    const again = await scheduler.runMonth('2026-11', true, 'sub-desk');
    expect(again).toMatchObject([{ subscriptionId: 'sub-desk', status: 'queued' }]);
  });
});
