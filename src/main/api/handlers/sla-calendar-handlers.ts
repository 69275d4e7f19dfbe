import { MesaError } from '../../../shared/errors';
import type { Calendar } from '../../../shared/sla/index';
import { importHolidaysFromIcs, parseCalendar, parsePolicy } from '../../../shared/sla/index';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import { invalidConfig } from '../../sla/admin/config-errors';
import { weekPreview } from '../../sla/admin/week-preview';
import { deleteCalendarRow, listCalendarRows, listPolicyRows } from '../../store/queries/sla-config-admin';
import { saveSlaCalendar } from '../../store/queries/sla-config';
import type { HandlerRegistry } from '../handler-registry';

function validCalendar(input: unknown): Calendar {
  const parsed = parseCalendar(input);
  if (!parsed.ok) throw invalidConfig('calendar', parsed.errors);
  return parsed.calendar;
}

/** Policy id → calendar id of every stored policy that parses. */
async function policyCalendars(ctx: HandlerContext): Promise<Array<{ id: string; calendarId: string }>> {
  const out: Array<{ id: string; calendarId: string }> = [];
  for (const row of await listPolicyRows(ctx.db)) {
    const parsed = parsePolicy(JSON.parse(row.json));
    if (parsed.ok) out.push({ id: row.id, calendarId: parsed.policy.calendarId });
  }
  return out;
}

export function registerSlaCalendarHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('sla.calendars.list', async () => {
    const policies = await policyCalendars(ctx);
    return (await listCalendarRows(ctx.db)).map((row) => ({
      id: row.id,
      name: row.name,
      calendar: JSON.parse(row.json) as unknown,
      updatedAt: row.updatedAt,
      usedBy: policies.filter((p) => p.calendarId === row.id).map((p) => p.id),
    }));
  });

  registry.register('sla.calendars.save', async ({ id, calendar }) => {
    await saveSlaCalendar(ctx.db, id, validCalendar(calendar), toIsoSeconds(ctx.clock.now()));
    await ctx.sla.configChanged();
    return { id };
  });

  registry.register('sla.calendars.delete', async ({ id }) => {
    const usedBy = (await policyCalendars(ctx)).filter((p) => p.calendarId === id).map((p) => p.id);
    if (usedBy.length > 0) throw new MesaError('sla.config_in_use', { id, usedBy: usedBy.join(', ') });
    if (!(await deleteCalendarRow(ctx.db, id))) throw new MesaError('sla.not_found', { id });
    await ctx.sla.configChanged();
    return {};
  });

  registry.register('sla.calendars.importIcs', ({ text, fromYear, toYear }) => {
    const years =
      fromYear !== undefined || toYear !== undefined
        ? { from: fromYear ?? toYear ?? 0, to: toYear ?? fromYear ?? 0 }
        : undefined;
    const result = importHolidaysFromIcs(text, years ? { years } : {});
    if (!result.ok)
      throw invalidConfig(
        'ics',
        result.errors.map((e) => ({ ...e, path: e.path || 'text' })),
      );
    return { holidays: result.holidays, warnings: result.warnings };
  });

  registry.register('sla.calendars.preview', ({ calendar, weekStart }) =>
    weekPreview(validCalendar(calendar), weekStart),
  );
}
