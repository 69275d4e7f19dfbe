/**
 * The supervisor dashboard and report screen part of the bridge contract, spread into `apiMethods`
 * (contract.ts). Computed from the local replica with the shared KPI library; the PDF and the report
 * deliveries come from the central server.
 */
import { z } from 'zod';
import { LanguageSchema } from '../domain/localized-text';
import type { DashboardSnapshot, DashboardTicketRef } from '../reports/dashboard-types';
import type { ReportDocument } from '../reports/report-document';

/** Checked by `reportPeriod` (report.bad_period names the field), not here: impossible dates get that message. */
const IsoDate = z.string().max(20);
const OptionalId = z.string().min(1).max(100).nullable().default(null);

export const ReportFiltersSchema = z.strictObject({
  from: IsoDate,
  /** Inclusive. */
  to: IsoDate,
  organizationId: OptionalId,
  areaId: OptionalId,
  agentId: OptionalId,
});
export type ReportFiltersInput = z.input<typeof ReportFiltersSchema>;

export const ReportDeliverySchema = z.object({
  month: z.string(),
  subscriptionId: z.string(),
  organizationId: z.string().nullable(),
  runStatus: z.string(),
  mails: z.number(),
  sent: z.number(),
  pending: z.number(),
  failed: z.number(),
  lastError: z.string().nullable(),
});

export const dashboardApiMethods = {
  'dashboard.snapshot': { input: z.strictObject({}), output: z.custom<DashboardSnapshot>((v) => typeof v === 'object' && v !== null) },
  'dashboard.agentTickets': {
    input: z.strictObject({ agentId: z.string().min(1).max(100) }),
    output: z.custom<DashboardTicketRef[]>((v) => Array.isArray(v)),
  },
  'dashboard.report': {
    input: ReportFiltersSchema,
    output: z.custom<ReportDocument>((v) => typeof v === 'object' && v !== null),
  },
  'dashboard.exportReport': {
    input: z.strictObject({ filters: ReportFiltersSchema, format: z.enum(['csv', 'pdf']), language: LanguageSchema }),
    output: z.object({ filename: z.string(), mimeType: z.string(), base64: z.string() }),
  },
  'dashboard.reportDeliveries': { input: z.strictObject({}), output: z.array(ReportDeliverySchema) },
} as const;
