import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/localized-text';
import { TICKET_STATUSES } from '../../../shared/domain/ticket-enums';
import { formatSlaMessage, isSlaMessageCode } from '../../../shared/sla/messages';
import type { FieldError } from '../../../shared/errors';
import { translateFieldError } from '../i18n/translate-error';
import { formatDateTime } from './format';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * One explanation item of the clock in words: SLA message code + params, with instants shown in the
 * viewer's time zone, statuses and match fields named in the viewer's language.
 */
export function explainItem(
  t: TFunction,
  language: Language,
  item: { code: string; params: Record<string, string | number> },
  personName: (id: string) => string,
): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(item.params)) {
    if (typeof value === 'string' && INSTANT.test(value)) params[key] = formatDateTime(value, language);
    else if (typeof value === 'string' && (TICKET_STATUSES as readonly string[]).includes(value))
      params[key] = t(`status.${value as 'new'}`);
    else if (key === 'actorId' && typeof value === 'string') params[key] = personName(value);
    else if ((key === 'field' || key === 'decidingField' || key === 'fields') && typeof value === 'string')
      params[key] = fieldNames(language, value);
    else params[key] = value;
  }
  return formatSlaMessage(language, item.code, params);
}

/** Validation errors from the SLA admin bridge: SLA codes via SLA_MESSAGES, zod codes via the catalog. */
export function slaFieldMessage(
  t: TFunction,
  language: Language,
  error: { code: string; params: Record<string, unknown> },
): string {
  if (isSlaMessageCode(error.code)) return formatSlaMessage(language, error.code, error.params);
  return translateFieldError(t, { path: '', code: error.code, params: error.params as FieldError['params'] });
}

/** "priority, ticketType" → "prioridad, tipo de ticket". */
export function fieldNames(language: Language, list: string): string {
  return list
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => (isSlaMessageCode(`policy.field.${f}`) ? formatSlaMessage(language, `policy.field.${f}`) : f))
    .join(', ');
}
