import type { TFunction } from 'i18next';
import type { FieldError } from '../../../../shared/errors';
import { translateFieldError } from '../../i18n/translate-error';

/** A checklist field error in the current language: graph codes under `validation.checklist.*`. */
export function checklistErrorMessage(t: TFunction, error: FieldError): string {
  if (error.code.startsWith('checklist.')) {
    return t(`validation.${error.code}` as 'validation.checklist.cycle', { ...error.params });
  }
  const message = translateFieldError(t, error);
  return error.path ? `${error.path}: ${message}` : message;
}
