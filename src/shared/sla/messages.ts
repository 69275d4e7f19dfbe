/**
 * Spanish and English texts for every code the SLA core emits (validation errors, thrown SlaError codes,
 * ics warnings, policy-selection reasons and match-field names). `{{name}}` is replaced with the
 * matching param. Keyed by the code unions so a new code without a translation fails to compile.
 */
import type { CalendarErrorCode } from './calendar-schema';
import type { ClockMessageCode } from './clock-messages';
import { CLOCK_MESSAGES } from './clock-messages';
import type { IcsErrorCode, IcsWarningCode } from './import-ics';
import type { PolicyReasonCode } from './policy';
import type { PolicyErrorCode, PolicyMatchField } from './policy-schema';
import type { SlaErrorCode } from './sla-error';

export type SlaMessageCode =
  | CalendarErrorCode
  | SlaErrorCode
  | IcsErrorCode
  | IcsWarningCode
  | PolicyErrorCode
  | PolicyReasonCode
  | `policy.field.${PolicyMatchField}`
  | ClockMessageCode;

export type SlaLocale = 'es' | 'en';

export const SLA_MESSAGES: Record<SlaLocale, Record<SlaMessageCode, string>> = {
  es: {
    'calendar.required': 'Este campo es obligatorio.',
    'calendar.invalid_type': 'Tipo de valor incorrecto: se esperaba {{expected}}.',
    'calendar.invalid_value': 'Valor no válido.',
    'calendar.unknown_field': 'Campo desconocido «{{field}}».',
    'calendar.bad_time': 'Hora no válida «{{value}}»: use HH:MM (00:00–23:59; 24:00 solo como cierre).',
    'calendar.bad_date': 'Fecha no válida «{{value}}»: use AAAA-MM-DD.',
    'calendar.interval_reversed': 'El intervalo {{start}}–{{end}} termina antes de empezar.',
    'calendar.interval_empty': 'El intervalo {{start}}–{{end}} está vacío.',
    'calendar.interval_overlap':
      'Este intervalo se solapa con el intervalo n.º {{otherPosition}} del mismo día.',
    'calendar.unknown_time_zone':
      'Zona horaria desconocida «{{value}}» (use un nombre IANA, p. ej. America/Lima).',
    'sla.bad_instant':
      'Fecha y hora no válida en {{field}}: «{{value}}» (ISO 8601 con zona, p. ej. 2026-03-02T14:00:00Z).',
    'sla.bad_duration': 'Duración no válida en {{field}}: «{{value}}» (segundos enteros, no negativos).',
    'sla.range_reversed': 'El inicio {{from}} es posterior al fin {{to}}.',
    'sla.pause_reversed': 'La pausa {{field}} termina ({{to}}) antes de empezar ({{from}}).',
    'sla.no_business_time':
      'El calendario «{{calendar}}» no tiene horario laborable en los {{horizonDays}} días siguientes a {{from}}.',
    'sla.invalid_calendar': 'El calendario no es válido.',
    'ics.not_icalendar': 'El archivo no es un calendario iCalendar (.ics) válido.',
    'ics.too_large': 'El archivo supera el tamaño máximo de {{maxBytes}} bytes.',
    'ics.too_many_events': 'El archivo tiene demasiados eventos ({{count}}; máximo {{maxEvents}}).',
    'ics.bad_year_range': 'Rango de años no válido: {{from}}–{{to}}.',
    'ics.not_all_day': 'Se omitió «{{name}}»: no es un evento de día completo.',
    'ics.recurrence_not_expanded':
      '«{{name}}» se repite; indique un rango de años para importar todas sus fechas.',
    'ics.recurrence_truncated': 'Las repeticiones de «{{name}}» se cortaron por ser demasiadas.',
    'ics.event_too_long': 'Se omitió «{{name}}» ({{date}}): dura {{days}} días.',
    'policy.required': 'Este campo es obligatorio.',
    'policy.invalid_type': 'Tipo de valor incorrecto: se esperaba {{expected}}.',
    'policy.invalid_value': 'Valor no válido.',
    'policy.unknown_field': 'Campo desconocido «{{field}}».',
    'policy.target_invalid': 'El objetivo debe ser un número entero de minutos mayor que cero.',
    'policy.threshold_invalid': 'Los umbrales deben estar entre 0 y 1, con el de aviso menor que el crítico.',
    'policy.duplicate_id': 'Ya existe otra política con el identificador «{{id}}».',
    'policy.unknown_calendar': 'No existe el calendario «{{value}}».',
    'policy.reason.only_match': 'Única política aplicable (coincide en: {{fields}}).',
    'policy.reason.more_fields':
      'Es la más específica: coincide en {{fieldCount}} campos ({{fields}}), más que «{{runnerUpId}}».',
    'policy.reason.field_precedence':
      'Empata en número de campos con «{{runnerUpId}}», pero coincide en {{decidingField}}, que tiene prioridad.',
    'policy.reason.lowest_id':
      'Coincide en los mismos campos que «{{runnerUpId}}»; se elige el identificador menor.',
    'policy.field.contractId': 'contrato',
    'policy.field.organizationId': 'organización',
    'policy.field.areaId': 'área',
    'policy.field.categoryId': 'categoría',
    'policy.field.priority': 'prioridad',
    'policy.field.ticketType': 'tipo de ticket',
    ...CLOCK_MESSAGES.es,
  },
  en: {
    'calendar.required': 'This field is required.',
    'calendar.invalid_type': 'Wrong kind of value: expected {{expected}}.',
    'calendar.invalid_value': 'Invalid value.',
    'calendar.unknown_field': 'Unknown field "{{field}}".',
    'calendar.bad_time': 'Invalid time "{{value}}": use HH:MM (00:00–23:59; 24:00 only as a closing time).',
    'calendar.bad_date': 'Invalid date "{{value}}": use YYYY-MM-DD.',
    'calendar.interval_reversed': 'The interval {{start}}–{{end}} ends before it starts.',
    'calendar.interval_empty': 'The interval {{start}}–{{end}} is empty.',
    'calendar.interval_overlap': 'This interval overlaps interval #{{otherPosition}} of the same day.',
    'calendar.unknown_time_zone': 'Unknown time zone "{{value}}" (use an IANA name, e.g. America/Lima).',
    'sla.bad_instant':
      'Invalid date-time in {{field}}: "{{value}}" (ISO 8601 with an offset, e.g. 2026-03-02T14:00:00Z).',
    'sla.bad_duration': 'Invalid duration in {{field}}: "{{value}}" (whole, non-negative seconds).',
    'sla.range_reversed': 'The start {{from}} is after the end {{to}}.',
    'sla.pause_reversed': 'Pause {{field}} ends ({{to}}) before it starts ({{from}}).',
    'sla.no_business_time':
      'Calendar "{{calendar}}" has no business hours in the {{horizonDays}} days after {{from}}.',
    'sla.invalid_calendar': 'The calendar is not valid.',
    'ics.not_icalendar': 'The file is not a valid iCalendar (.ics) calendar.',
    'ics.too_large': 'The file is larger than the {{maxBytes}}-byte limit.',
    'ics.too_many_events': 'The file has too many events ({{count}}; at most {{maxEvents}}).',
    'ics.bad_year_range': 'Invalid year range: {{from}}–{{to}}.',
    'ics.not_all_day': 'Skipped "{{name}}": not an all-day event.',
    'ics.recurrence_not_expanded': '"{{name}}" repeats; give a year range to import all its dates.',
    'ics.recurrence_truncated': 'The repetitions of "{{name}}" were cut off: too many.',
    'ics.event_too_long': 'Skipped "{{name}}" ({{date}}): it lasts {{days}} days.',
    'policy.required': 'This field is required.',
    'policy.invalid_type': 'Wrong kind of value: expected {{expected}}.',
    'policy.invalid_value': 'Invalid value.',
    'policy.unknown_field': 'Unknown field "{{field}}".',
    'policy.target_invalid': 'The target must be a whole number of minutes greater than zero.',
    'policy.threshold_invalid': 'Thresholds must be between 0 and 1, with warning below critical.',
    'policy.duplicate_id': 'Another policy already has the id "{{id}}".',
    'policy.unknown_calendar': 'There is no calendar "{{value}}".',
    'policy.reason.only_match': 'Only applicable policy (matches on: {{fields}}).',
    'policy.reason.more_fields':
      'Most specific: matches {{fieldCount}} fields ({{fields}}), more than "{{runnerUpId}}".',
    'policy.reason.field_precedence':
      'Ties with "{{runnerUpId}}" on field count but matches {{decidingField}}, which takes precedence.',
    'policy.reason.lowest_id': 'Matches the same fields as "{{runnerUpId}}"; the lower id is chosen.',
    'policy.field.contractId': 'contract',
    'policy.field.organizationId': 'organization',
    'policy.field.areaId': 'area',
    'policy.field.categoryId': 'category',
    'policy.field.priority': 'priority',
    'policy.field.ticketType': 'ticket type',
    ...CLOCK_MESSAGES.en,
  },
};

export function isSlaMessageCode(code: string): code is SlaMessageCode {
  return Object.hasOwn(SLA_MESSAGES.en, code);
}

/** Text for a code with `{{param}}` placeholders filled; unknown codes come back as the code itself. */
export function formatSlaMessage(
  locale: SlaLocale,
  code: string,
  params: Record<string, unknown> = {},
): string {
  const template = isSlaMessageCode(code) ? SLA_MESSAGES[locale][code] : code;
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
