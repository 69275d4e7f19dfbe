import type { z } from 'zod';
import { toFieldErrors } from '../../shared/validation';
import { HttpError } from './http-error';

/** Every route parses its input with zod before doing anything: bad input changes nothing. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'http.invalid_body', {}, toFieldErrors(parsed.error));
  return parsed.data;
}
