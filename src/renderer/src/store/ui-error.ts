import {
  ERROR_CODES,
  isMesaError,
  type ErrorCode,
  type ErrorParams,
  type FieldError,
} from '../../../shared/errors';

/** What the UI keeps of a failure: a code to translate, never a sentence. */
export interface UiError {
  code: ErrorCode;
  params: ErrorParams;
  fieldErrors: FieldError[];
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function toUiError(error: unknown): UiError {
  if (isMesaError(error)) return { code: error.code, params: error.params, fieldErrors: error.fieldErrors };
  if (error && typeof error === 'object' && isErrorCode((error as { code?: unknown }).code)) {
    const e = error as { code: ErrorCode; params?: ErrorParams; fieldErrors?: FieldError[] };
    return { code: e.code, params: e.params ?? {}, fieldErrors: e.fieldErrors ?? [] };
  }
  return { code: 'internal', params: {}, fieldErrors: [] };
}
