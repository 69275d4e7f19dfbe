import type { ErrorCode, ErrorParams, FieldError } from '../../shared/errors';
import { isMesaError } from '../../shared/errors';
/** Every code the server sends is in the shared list, so clients can translate all of them. */
export type AnyErrorCode = ErrorCode;

/**
 * A permanent, business-level refusal raised by server-only rules (scopes, roles, claim conflicts).
 * It is handled exactly like a MesaError thrown by a mutator: recorded, and the queue moves on.
 */
export class ServerRejection extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ServerRejection';
  }
}

export interface RejectionInfo {
  code: AnyErrorCode;
  params: ErrorParams;
  fieldErrors: FieldError[];
}

/** Constraint violations are deterministic: retrying the same mutation would fail the same way forever. */
function isConstraintViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = String((error as { code: unknown }).code);
  return code.startsWith('SQLITE_CONSTRAINT') || /^23\d{3}$/.test(code);
}

/** Permanent failures become rejections; anything else (database down…) is the caller's to retry. */
export function asRejection(error: unknown): RejectionInfo | null {
  if (isMesaError(error) || error instanceof ServerRejection) {
    return { code: error.code, params: error.params, fieldErrors: error.fieldErrors };
  }
  if (isConstraintViolation(error)) return { code: 'sync.constraint_violation', params: {}, fieldErrors: [] };
  return null;
}
