/** The SLA part of the bridge contract, spread into `apiMethods` / `apiEvents` (contract.ts). */
import { z } from 'zod';
import {
  SlaAlertEventSchema,
  SlaCalendarEntrySchema,
  SlaConfigIdSchema,
  SlaForTicketSchema,
  SlaPolicyEntrySchema,
  SlaPolicyTestSchema,
  SlaPolicyTicketSchema,
  SlaSettingsSchema,
  WeekPreviewSchema,
} from './sla-schemas';

const Empty = z.strictObject({});
const Id = z.strictObject({ id: z.string().min(1).max(100) });
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const slaApiMethods = {
  'sla.forTicket': { input: Id, output: SlaForTicketSchema },
  'sla.acknowledge': { input: z.strictObject({ alertId: z.string().min(1).max(200) }), output: Empty },
  'sla.snooze': {
    input: z.strictObject({
      alertId: z.string().min(1).max(200),
      minutes: z.number().int().min(1).max(1440),
      reason: z.string().trim().min(1).max(500),
    }),
    output: z.object({ snoozedUntil: z.string() }),
  },
  'sla.calendars.list': { input: Empty, output: z.array(SlaCalendarEntrySchema) },
  'sla.calendars.save': {
    input: z.strictObject({ id: SlaConfigIdSchema, calendar: z.unknown() }),
    output: z.object({ id: z.string() }),
  },
  'sla.calendars.delete': { input: Id, output: Empty },
  'sla.calendars.importIcs': {
    input: z.strictObject({
      text: z.string().max(4 * 1024 * 1024),
      fromYear: z.number().int().min(1900).max(2200).optional(),
      toYear: z.number().int().min(1900).max(2200).optional(),
    }),
    output: z.object({
      holidays: z.array(z.object({ date: z.string(), name: z.string() })),
      warnings: z.array(
        z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
      ),
    }),
  },
  'sla.calendars.preview': {
    input: z.strictObject({ calendar: z.unknown(), weekStart: IsoDate }),
    output: WeekPreviewSchema,
  },
  'sla.policies.list': { input: Empty, output: z.array(SlaPolicyEntrySchema) },
  'sla.policies.save': {
    input: z.strictObject({ policy: z.unknown() }),
    output: z.object({ id: z.string() }),
  },
  'sla.policies.delete': { input: Id, output: Empty },
  'sla.policies.test': {
    input: z.strictObject({ ticket: SlaPolicyTicketSchema }),
    output: SlaPolicyTestSchema,
  },
  'sla.settings.get': { input: Empty, output: SlaSettingsSchema },
  'sla.settings.set': { input: SlaSettingsSchema, output: SlaSettingsSchema },
} as const;

export const slaApiEvents = {
  'sla.alert': SlaAlertEventSchema,
  /** The user clicked a desktop notification: open this ticket. */
  'ticket.openRequested': z.object({ ticketId: z.string() }),
} as const;
