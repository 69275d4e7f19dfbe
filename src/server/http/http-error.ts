import type { ErrorParams, FieldError } from '../../shared/errors';
import type { AnyErrorCode } from '../errors/server-rejection';

/** An HTTP refusal with the same body shape as every Mesa error: { code, params, fieldErrors }. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: AnyErrorCode,
    readonly params: ErrorParams = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'HttpError';
  }

  toJSON(): { code: AnyErrorCode; params: ErrorParams; fieldErrors: FieldError[] } {
    return { code: this.code, params: this.params, fieldErrors: this.fieldErrors };
  }
}
