import { MesaError, type FieldError } from '../../../shared/errors';
import type { ValidationError } from '../../../shared/sla/index';

/**
 * Validation errors of an admin-written calendar or policy as a bridge error: one field error per
 * problem, named by its path (`hours.mon[1]`, `targets.resolutionMinutes`) and coded with the SLA
 * message code the renderer translates (SLA_MESSAGES). Nothing is saved.
 */
export function invalidConfig(
  kind: 'calendar' | 'policy' | 'ics',
  errors: readonly ValidationError[],
): MesaError {
  const fieldErrors: FieldError[] = errors.map((error) => ({
    path: error.path,
    code: error.code,
    params: { ...error.params, field: error.path },
  }));
  const first = fieldErrors[0];
  return new MesaError(
    'sla.invalid_config',
    { kind, count: fieldErrors.length, field: first?.path ?? '' },
    fieldErrors,
  );
}
