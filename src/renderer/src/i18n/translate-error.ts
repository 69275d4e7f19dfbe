import type { TFunction } from 'i18next';
import { TICKET_STATUSES, type TicketStatus } from '../../../shared/domain/ticket-enums';
import type { ErrorParams, FieldError } from '../../../shared/errors';
import type { UiError } from '../store/ui-error';

const VALIDATION_CODES = [
  'required',
  'too_small',
  'too_big',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'unrecognized_keys',
  'custom',
] as const;
type ValidationCode = (typeof VALIDATION_CODES)[number];

function isStatus(value: unknown): value is TicketStatus {
  return typeof value === 'string' && (TICKET_STATUSES as readonly string[]).includes(value);
}

/** Status codes inside params ("from", "to", "status") read as words in the user's language. */
function localizeParams(t: TFunction, params: ErrorParams): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = { ...params };
  for (const [key, value] of Object.entries(params)) if (isStatus(value)) out[key] = t(`status.${value}`);
  return out;
}

export function translateError(t: TFunction, error: Pick<UiError, 'code' | 'params'>): string {
  const key = `errors.${error.code}` as const;
  return t(key, {
    ...localizeParams(t, error.params),
    defaultValue: t('errors.generic', { code: error.code }),
  });
}

/** `validation.<zod code>` with its params; unknown codes get the generic message. */
export function translateFieldError(t: TFunction, error: FieldError): string {
  const code = (VALIDATION_CODES as readonly string[]).includes(error.code)
    ? (error.code as ValidationCode)
    : 'generic';
  return t(`validation.${code}`, { ...error.params });
}
